using ReportIngest.Core.Facts;
using ReportIngest.Core.Tables;

namespace ReportIngest.Load;

/// <summary>
/// How sure OCR was of each fact: the lowest confidence among the cell the amount was read from and the code cells
/// of its line (类/款/项 printed as digits), since a misread code files a right amount under the wrong item.
/// </summary>
public static class OcrConfidence
{
    /// <summary>
    /// Below this an amount counts as low-confidence. Tesseract's word confidences for amounts it read right sit
    /// above 0.85 on the bundled scan; the misreadings, and the pieces two models read differently (0.5), below.
    /// </summary>
    public const double LowThreshold = 0.8;

    /// <summary>Longest classification code printed in one cell (项 joined: 2101101).</summary>
    private const int LongestCode = 7;

    /// <summary>One entry per fact, in order: its confidence, or null where the amount was printed as text.</summary>
    public static IReadOnlyList<double?> OfFacts(ReconstructedDocument document, IReadOnlyList<Fact> facts)
    {
        var tables = document.Tables.ToDictionary(t => t.Index, Confidences);
        return facts.Select(double? (f) =>
        {
            if (!tables.TryGetValue(f.TableIndex, out var table) || !table.Cells.TryGetValue((f.Row, f.Col), out var cell)) return null;
            return table.Codes.TryGetValue(f.Row, out var code) ? Math.Min(cell, code) : cell;
        }).ToList();
    }

    private static (Dictionary<(int, int), double> Cells, Dictionary<int, double> Codes) Confidences(Table table)
    {
        var read = table.Cells.Where(c => c.Confidence is not null).ToList();
        var cells = read.GroupBy(c => (c.Row, c.Col)).ToDictionary(g => g.Key, g => g.Min(c => c.Confidence!.Value));
        var codes = read.Where(c => c.Text.Length is > 0 and <= LongestCode && c.Text.All(char.IsAsciiDigit))
            .GroupBy(c => c.Row).ToDictionary(g => g.Key, g => g.Min(c => c.Confidence!.Value));
        return (cells, codes);
    }
}
