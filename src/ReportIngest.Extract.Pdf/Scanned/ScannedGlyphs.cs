using ReportIngest.Extract.Pdf.Geometry;
using ReportIngest.Extract.Pdf.Rulings;
using ReportIngest.Extract.Pdf.Text;

namespace ReportIngest.Extract.Pdf.Scanned;

/// <summary>Turns a scanned page's words and lines into the glyphs and rulings a born-digital page gives.</summary>
internal static class ScannedGlyphs
{
    /// <summary>Ink height of a line as a share of the font size: CJK fills the em, digits and Latin capitals less of it.</summary>
    private const double CjkInkShare = 0.92;
    private const double LatinInkShare = 0.72;

    /// <summary>One glyph per character, the word's box shared evenly (a word never straddles a cell, so that is enough); a space only marks the next glyph.</summary>
    public static List<Glyph> Read(IReadOnlyList<ScannedWord> words)
    {
        var glyphs = new List<Glyph>();
        foreach (var word in words)
        {
            var chars = System.Globalization.StringInfo.GetTextElementEnumerator(word.Text);
            var elements = new List<string>();
            while (chars.MoveNext()) elements.Add((string)chars.Current);
            if (elements.Count == 0) continue;
            var wide = elements.Any(e => Script.IsWide(e[0]));
            var size = Math.Max(1, (word.LineBottom - word.LineTop) / (wide ? CjkInkShare : LatinInkShare));
            var baseline = word.LineBottom - (wide ? 0.1 * size : 0);
            var step = (word.Right - word.Left) / elements.Count;
            var spaceBefore = false;
            for (var i = 0; i < elements.Count; i++)
            {
                if (string.IsNullOrWhiteSpace(elements[i]))
                {
                    spaceBefore = true;
                    continue;
                }
                var left = word.Left + i * step;
                glyphs.Add(new Glyph(elements[i], new Box(left, baseline - 0.8 * size, left + step, baseline + 0.2 * size), baseline, size, spaceBefore));
                spaceBefore = false;
            }
        }
        return glyphs;
    }

    public static List<Ruling> Rulings(IReadOnlyList<ScannedRule> rules) =>
        RulingMerger.Merge(rules.Select(r => new Ruling(r.IsHorizontal, r.Position, r.Start, r.End)));

    /// <summary>
    /// What the reader said of the words whose centre lies in the box: their lowest confidence (null where no word
    /// does), and the competing readings of a cell that holds one word with several.
    /// </summary>
    public static Func<Box, (double? Confidence, IReadOnlyList<ReportIngest.Core.Extraction.CellReading>? Readings)> ReadingIn(IReadOnlyList<ScannedWord> words) => box =>
    {
        double? lowest = null;
        var inside = 0;
        ScannedWord? last = null;
        foreach (var w in words)
        {
            if (!box.Contains((w.Left + w.Right) / 2, (w.Top + w.Bottom) / 2)) continue;
            inside++;
            last = w;
            if (lowest is null || w.Confidence < lowest) lowest = w.Confidence;
        }
        return (lowest, inside == 1 && last!.Readings.Count > 1 ? last.Readings : null);
    };
}
