namespace ReportIngest.Validate.Measures;

/// <summary>
/// A measure split into its namespace and its column key: two-sided tables put <c>income.</c> or
/// <c>expenditure.</c> in front, final accounts put <c>budget.</c> before the 预算数 beside the 决算数. Amounts are
/// only ever added up within one namespace.
/// </summary>
public sealed record MeasureKey(string Namespace, string Key)
{
    private static readonly string[] Namespaces = ["income.", "expenditure.", "budget."];

    public override string ToString() => Namespace + Key;

    public static MeasureKey Parse(string measure)
    {
        foreach (var prefix in Namespaces)
        {
            if (measure.StartsWith(prefix, StringComparison.Ordinal))
                return new MeasureKey(prefix, measure[prefix.Length..]);
        }
        return new MeasureKey("", measure);
    }
}
