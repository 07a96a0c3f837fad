using ReportIngest.Core.Extraction;
using ReportIngest.Core.Text;

namespace ReportIngest.Extract.Ocr.Arithmetic;

/// <summary>
/// The other readings a cell may have: those OCR itself gave (its two models), and those a confusion of printed
/// digits allows: one digit for another of like shape (3/5/8, 5/6, 6/8/0, 1/7/4, 2/7, 9/0), or a digit read twice.
/// </summary>
internal static class ReadingVariants
{
    private static readonly Dictionary<char, string> LookAlikes = new()
    {
        ['0'] = "689", ['1'] = "47", ['2'] = "7", ['3'] = "58", ['4'] = "1",
        ['5'] = "36", ['6'] = "058", ['7'] = "12", ['8'] = "0356", ['9'] = "0",
    };

    public const string ConfusionSource = "digit confusion";

    /// <summary>What OCR read besides the current reading.</summary>
    public static IEnumerable<CellReading> Observed(SheetCell cell) =>
        (cell.Source.Readings ?? []).Where(r => r.Text != cell.Text);

    /// <summary>One look-alike digit changed, keeping the printed form (separators, decimals).</summary>
    public static IEnumerable<CellReading> Confusions(SheetCell cell)
    {
        var text = cell.Text;
        var confidence = Math.Min(cell.Source.Confidence ?? 0, 0.5);
        for (var i = 0; i < text.Length; i++)
            if (LookAlikes.TryGetValue(text[i], out var others))
                foreach (var other in others)
                    yield return new CellReading(text[..i] + other + text[(i + 1)..], confidence, $"{ConfusionSource} {text[i]}→{other}");
    }

    /// <summary>A code part with one digit too many where a digit was read twice (111 for 11).</summary>
    public static IEnumerable<CellReading> DoubledDigits(SheetCell cell)
    {
        var digits = CellText.Digits(cell.Text);
        var confidence = Math.Min(cell.Source.Confidence ?? 0, 0.5);
        for (var i = 1; i < digits.Length; i++)
            if (digits[i] == digits[i - 1] && (i == 1 || digits[i - 1] != digits[i - 2]))
                yield return new CellReading(digits.Remove(i, 1), confidence, $"digit {digits[i]} read twice");
    }
}
