namespace ReportIngest.Review.Data;

/// <summary>A table's row in the database: its label, unit and how its columns were mapped.</summary>
internal sealed record TableRecord
{
    public int TableId { get; init; }
    public string Title { get; init; } = "";
    public string TableType { get; init; } = "";
    public double TypeConfidence { get; init; }
    public string Classifier { get; init; } = "";
    public bool NeedsReview { get; init; }
    public int? FirstPage { get; init; }
    public int? LastPage { get; init; }
    public string? Unit { get; init; }
    public int HeaderRows { get; init; }
    /// <summary>JSON array: each column's measure key, null where none.</summary>
    public string? ColumnMeasures { get; init; }
    /// <summary>JSON array: the header text (or "column N") of each column that holds amounts but got no measure.</summary>
    public string? Unmapped { get; init; }
}
