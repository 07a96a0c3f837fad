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
    /// <summary>The readings OCR had to choose between (the one taken first), where it had more than one.</summary>
    public IReadOnlyList<CellReading>? Readings { get; init; }
    /// <summary>Why the confidence was lowered after OCR: the reading was chosen by the table's sums, or the sums contradict it.</summary>
    public string? ConfidenceNote { get; init; }
}
