namespace ReportIngest.Review.Model;

/// <summary>A reconstructed table with its label, header tree, mapped columns, cells, page images and failed checks.</summary>
public sealed record TableView
{
    public required int Index { get; init; }
    public required string Title { get; init; }
    public required string Type { get; init; }
    public required string Confidence { get; init; }
    public required bool NeedsReview { get; init; }
    public required string Classifier { get; init; }
    public required string Unit { get; init; }
    public required string Pages { get; init; }
    public required int FactCount { get; init; }
    public IReadOnlyList<string> Context { get; init; } = [];
    public IReadOnlyList<ColumnView> Columns { get; init; } = [];
    public IReadOnlyList<RowView> Rows { get; init; } = [];
    public IReadOnlyList<PageFigure> Figures { get; init; } = [];
    public IReadOnlyList<SourceLineView> SourceLines { get; init; } = [];
    public IReadOnlyList<CheckView> FailedChecks { get; init; } = [];
    public int DroppedRows => Rows.Count(r => r.Dropped);
    public int UnmappedColumns => Columns.Count(c => c.Unmapped);
}
