namespace ReportIngest.Review.Data;

/// <summary>A check's row in the database: what was compared, both sides, and the cells it names.</summary>
internal sealed record CheckRecord
{
    public int TableId { get; init; }
    public int? OtherTableId { get; init; }
    public string Kind { get; init; } = "";
    public string Description { get; init; } = "";
    public string Expected { get; init; } = "";
    public string Actual { get; init; } = "";
    public bool Passed { get; init; }
    /// <summary>JSON array of "r{row}c{col}", or "t{table}:r{row}c{col}" for a cell of another table.</summary>
    public string Cells { get; init; } = "[]";
}
