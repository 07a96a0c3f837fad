namespace ReportIngest.Core.Facts;

/// <summary>
/// A SCHEMA.md measure key: its namespace and the key within it, whose parts run parent first
/// (<c>current_year.general_budget.basic</c>). Written as the namespace's prefix and the key
/// (<c>expenditure.budget.total</c> is <c>budget.total</c> in the expenditure namespace).
/// </summary>
public sealed record MeasureKey(MeasureNamespace Namespace, string Key)
{
    private static readonly (MeasureNamespace Namespace, string Prefix)[] Prefixes =
        [(MeasureNamespace.Income, "income."), (MeasureNamespace.Expenditure, "expenditure."), (MeasureNamespace.Budget, "budget.")];

    public string Prefix => PrefixOf(Namespace);

    /// <summary>This key as a child of <paramref name="parent"/>: <c>current_year</c> + <c>basic</c> → <c>current_year.basic</c>.</summary>
    public static string Join(string parent, string child) => parent + "." + child;

    /// <summary>This key placed in an outer namespace: <c>budget.total</c> on the expenditure side.</summary>
    public MeasureKey In(MeasureNamespace outer) => outer == MeasureNamespace.None ? this : new MeasureKey(outer, ToString());

    public override string ToString() => Prefix + Key;

    public static MeasureKey Parse(string measure)
    {
        foreach (var (ns, prefix) in Prefixes)
        {
            if (measure.StartsWith(prefix, StringComparison.Ordinal))
                return new MeasureKey(ns, measure[prefix.Length..]);
        }
        return new MeasureKey(MeasureNamespace.None, measure);
    }

    public static string PrefixOf(MeasureNamespace ns) => ns == MeasureNamespace.None ? "" : Prefixes.Single(p => p.Namespace == ns).Prefix;

    /// <summary>The namespace the amounts of a table side are written in (none for a one-sided table).</summary>
    public static MeasureNamespace OfSide(TableSide side) => side switch
    {
        TableSide.Income => MeasureNamespace.Income,
        TableSide.Expenditure => MeasureNamespace.Expenditure,
        _ => MeasureNamespace.None,
    };
}
