namespace ReportIngest.Core.Facts;

/// <summary>
/// One arithmetic or cross-table check: what was compared, the two sides, and the cells involved.
/// A failed check flags the document; it never drops a fact.
/// </summary>
public sealed record CheckResult
{
    /// <summary>Kind of check: "hierarchy", "row_total", "total_row", "cross_table".</summary>
    public required string Kind { get; init; }
    public required int TableIndex { get; init; }
    public int? OtherTableIndex { get; init; }
    public required string Description { get; init; }
    public required decimal Expected { get; init; }
    public required decimal Actual { get; init; }
    public required bool Passed { get; init; }
    /// <summary>Passed, but worth a reader's attention (a table most templates print is missing).</summary>
    public bool Warning { get; init; }
    /// <summary>Cells involved, as "r{row}c{col}" of the table.</summary>
    public IReadOnlyList<string> Cells { get; init; } = [];
}
