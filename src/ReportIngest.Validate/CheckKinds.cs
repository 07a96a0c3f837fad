namespace ReportIngest.Validate;

/// <summary>The values of <c>CheckResult.Kind</c>.</summary>
public static class CheckKinds
{
    /// <summary>A parent code equals the sum of its child codes (类 = Σ 款 = Σ 项).</summary>
    public const string Hierarchy = "hierarchy";

    /// <summary>Within one line, a total column equals the sum of its part columns.</summary>
    public const string RowTotal = "row_total";

    /// <summary>A 合计/总计 line equals the sum of the lines it totals.</summary>
    public const string TotalRow = "total_row";

    /// <summary>The same amount printed in two tables.</summary>
    public const string CrossTable = "cross_table";

    /// <summary>A figure the running text states equals the table fact it restates.</summary>
    public const string Narrative = "narrative";

    /// <summary>The document holds the tables a report of its kind must contain.</summary>
    public const string Completeness = "completeness";

    public static readonly IReadOnlyList<string> All = [Hierarchy, RowTotal, TotalRow, CrossTable, Narrative, Completeness];
}
