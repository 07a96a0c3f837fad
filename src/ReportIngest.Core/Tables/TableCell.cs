using ReportIngest.Core.Documents;

namespace ReportIngest.Core.Tables;

/// <summary>A cell of a reconstructed table, with where it was printed.</summary>
public sealed record TableCell(int Row, int Col, string Text, int RowSpan = 1, int ColSpan = 1)
{
    public int? Page { get; init; }
    public int? Line { get; init; }
    public BoundingBox? Box { get; init; }
    /// <summary>OCR confidence of the text (0..1), null where the text was printed as text.</summary>
    public double? Confidence { get; init; }
    /// <summary>Why OCR's confidence was lowered by the table's sums (see <see cref="Extraction.GridCell.ConfidenceNote"/>).</summary>
    public string? ConfidenceNote { get; init; }
}
