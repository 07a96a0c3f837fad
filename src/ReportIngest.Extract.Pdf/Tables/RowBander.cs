using ReportIngest.Extract.Pdf.Text;

namespace ReportIngest.Extract.Pdf.Tables;

/// <summary>
/// Rows of an unruled table: lines closer than the table's usual row pitch belong to one row,
/// which joins wrapped cell text and vertically centred neighbours to their row.
/// </summary>
internal static class RowBander
{
    private const double SameRowShareOfPitch = 0.75;

    /// <summary>Index ranges [start, end) of the zone's lines, one per row.</summary>
    public static List<(int Start, int End)> Bands(IReadOnlyList<GlyphLine> lines)
    {
        var pitch = TypicalPitch(lines);
        var bands = new List<(int, int)>();
        var start = 0;
        for (var i = 1; i <= lines.Count; i++)
        {
            if (i < lines.Count && lines[i].Baseline - lines[i - 1].Baseline < SameRowShareOfPitch * pitch) continue;
            bands.Add((start, i));
            start = i;
        }
        return bands;
    }

    /// <summary>The most common baseline distance of at least 0.9 em, rounded to half points.</summary>
    private static double TypicalPitch(IReadOnlyList<GlyphLine> lines)
    {
        var counts = new Dictionary<double, int>();
        double size = 0;
        for (var i = 1; i < lines.Count; i++)
        {
            size = Math.Max(size, lines[i].Size);
            var d = lines[i].Baseline - lines[i - 1].Baseline;
            if (d < 0.9 * lines[i].Size) continue;
            var key = Math.Round(d * 2) / 2;
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
        if (counts.Count == 0) return 1.2 * Math.Max(size, lines[0].Size);
        // Prefer the smaller distance on ties: it is the row pitch, larger ones are gaps.
        return counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).First().Key;
    }
}
