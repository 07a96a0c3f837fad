using ReportIngest.Core.Text;
using ReportIngest.Extract.Pdf.Text;

namespace ReportIngest.Extract.Pdf.Tables;

/// <summary>
/// A header line numbering the columns ("栏次 1 2 3 … 12") puts one number over each column: two
/// consecutive numbers with no separator between them are two columns, parted halfway between
/// the numbers unless an amount reaches over that point.
/// </summary>
internal static class ColumnNumbering
{
    /// <summary>Fewest numbers that make a numbering line.</summary>
    private const int MinNumbers = 3;

    public static List<double> AddSeparators(StreamZone zone, List<double> separators)
    {
        var numbers = zone.Segments.Select(Numbering).FirstOrDefault(n => n.Count >= MinNumbers);
        if (numbers is null) return separators;
        var others = zone.Segments.SelectMany(s => s).Where(s => !numbers.Contains(s)).ToList();
        var result = new List<double>(separators);
        for (var i = 1; i < numbers.Count; i++)
        {
            var a = Centre(numbers[i - 1]);
            var b = Centre(numbers[i]);
            if (result.Any(x => x > a && x < b)) continue;
            var middle = (a + b) / 2;
            if (others.Any(s => s.Box.Left < middle && s.Box.Right > middle && AmountLike(s.Text))) continue;
            result.Add(middle);
        }
        result.Sort();
        return result;
    }

    /// <summary>The line's phrases reading 1, 2, 3, … in order, after any leading label; empty if it is no numbering.</summary>
    private static List<GlyphLine> Numbering(List<GlyphLine> line)
    {
        var start = line.FindIndex(s => s.Text.Trim() == "1");
        if (start < 0) return [];
        var numbers = line.Skip(start).ToList();
        for (var k = 0; k < numbers.Count; k++)
            if (numbers[k].Text.Trim() != (k + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)) return [];
        return numbers;
    }

    private static double Centre(GlyphLine segment) => (segment.Box.Left + segment.Box.Right) / 2;

    private static bool AmountLike(string text) => CellText.IsFigures(text);
}
