using ReportIngest.Core.Facts;
using ReportIngest.Core.Tables;

namespace ReportIngest.Load;

/// <summary>How sure OCR was of each fact: the confidence of the table cell the amount was read from.</summary>
public static class OcrConfidence
{
    /// <summary>
    /// Below this an amount counts as low-confidence. Tesseract's word confidences for amounts it read right sit
    /// above 0.85 on the bundled scan; the misreadings, and the pieces two models read differently (0.5), below.
    /// </summary>
    public const double LowThreshold = 0.8;

    /// <summary>One entry per fact, in order: the cell's confidence, or null where the cell was printed as text.</summary>
    public static IReadOnlyList<double?> OfFacts(ReconstructedDocument document, IReadOnlyList<Fact> facts)
    {
        var cells = document.Tables.ToDictionary(t => t.Index, t => t.Cells.Where(c => c.Confidence is not null)
            .GroupBy(c => (c.Row, c.Col)).ToDictionary(g => g.Key, g => g.First().Confidence));
        return facts.Select(f => cells.TryGetValue(f.TableIndex, out var table) && table.TryGetValue((f.Row, f.Col), out var c) ? c : null).ToList();
    }
}
