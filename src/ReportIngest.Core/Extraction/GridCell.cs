using ReportIngest.Core.Documents;

namespace ReportIngest.Core.Extraction;

/// <summary>One cell of a grid, 0-based, with its spans and the text as printed.</summary>
public sealed record GridCell(int Row, int Col, string Text, int RowSpan = 1, int ColSpan = 1)
{
    public int? Page { get; init; }
    public int? Line { get; init; }
    public BoundingBox? Box { get; init; }
    /// <summary>How sure OCR was of the text (0..1, the least sure word in the cell); null for text printed as text.</summary>
    public double? Confidence { get; init; }
}
