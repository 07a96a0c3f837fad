namespace ReportIngest.Validate.Measures;

/// <summary>A column that is by definition the sum of other columns of the same line (合计 = 基本支出 + 项目支出).</summary>
public sealed record MeasureComposition(string Parent, IReadOnlyList<string> Children)
{
    public override string ToString() => $"{Parent} = {string.Join(" + ", Children)}";
}
