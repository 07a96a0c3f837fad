using System.Buffers;
using ReportIngest.Extract.Pdf.Text;

namespace ReportIngest.Extract.Pdf.Tables;

/// <summary>
/// Column separators of an unruled table: vertical strips that (almost) no phrase covers. A few
/// phrases may cross a strip — spanning header cells, the odd overflowing name — and become
/// spanning cells instead of hiding the column.
/// </summary>
internal static class ColumnFinder
{
    /// <summary>Share of the lines allowed to cross a column gap.</summary>
    private const double CrossingShare = 0.08;

    /// <summary>Narrowest column gap, as a share of the typical font size.</summary>
    private const double MinGapInEm = 0.5;

    /// <summary>
    /// Middle of the longest stretch with the fewest phrases in [from, to): the strip between two
    /// columns, not the end of the one wide number that reaches into it.
    /// </summary>
    private static double EmptiestStretchMiddle(int[] counts, int from, int to)
    {
        var min = int.MaxValue;
        for (var x = from; x < to; x++) min = Math.Min(min, counts[x]);
        int bestStart = from, bestLength = 0, start = -1;
        for (var x = from; x <= to; x++)
        {
            if (x < to && counts[x] == min)
            {
                if (start < 0) start = x;
                continue;
            }
            if (start >= 0 && x - start > bestLength) (bestStart, bestLength) = (start, x - start);
            start = -1;
        }
        return bestStart + bestLength / 2.0;
    }

    /// <summary>
    /// Columns hidden in a gap: runs of overlapping phrases lying wholly inside the sparse stretch
    /// [from, to), on at least two lines, such as header labels over columns the body leaves empty.
    /// Returns their extents relative to the zone's left edge, left to right.
    /// </summary>
    /// <param name="byLeft">The zone's phrases ordered by their left edge.</param>
    private static List<(int Start, int End)> Islands(List<GlyphLine> byLeft, double left, int from, int to, int width)
    {
        var inside = new List<GlyphLine>();
        foreach (var s in byLeft)
            if (s.Box.Left - left >= from && s.Box.Right - left <= to) inside.Add(s);
        var islands = new List<(int Start, int End)>();
        var k = 0;
        while (k < inside.Count)
        {
            var lines = new HashSet<double> { Math.Round(inside[k].Baseline) };
            var start = inside[k].Box.Left;
            var end = inside[k].Box.Right;
            for (k++; k < inside.Count && inside[k].Box.Left < end; k++)
            {
                lines.Add(Math.Round(inside[k].Baseline));
                end = Math.Max(end, inside[k].Box.Right);
            }
            var a = (int)Math.Floor(start - left);
            var b = (int)Math.Ceiling(end - left);
            if (lines.Count >= 2 && (a > from || from == 0) && (b < to || to == width)) islands.Add((a, b));
        }
        return islands;
    }

    /// <summary>Separators around the islands of a gap, each in the emptiest stretch between neighbours that has a blank.</summary>
    private static IEnumerable<double> IslandSeparators(int[] counts, List<(int Start, int End)> islands, int from, int to, int width)
    {
        var edges = new List<(int Start, int End)>();
        if (from > 0) edges.Add((from, from));
        edges.AddRange(islands);
        if (to < width) edges.Add((to, to));
        for (var i = 1; i < edges.Count; i++)
        {
            var a = edges[i - 1].End;
            var b = edges[i].Start;
            // Only a blank stretch parts an island from its neighbour; else it is their header.
            if (b > a && counts.AsSpan(a, b - a).IndexOf(0) >= 0) yield return EmptiestStretchMiddle(counts, a, b);
        }
    }

    /// <summary>Returns separator midpoints, left to right.</summary>
    public static List<double> Separators(StreamZone zone)
    {
        var segments = zone.Segments.SelectMany(s => s).ToList();
        var left = Math.Floor(segments.Min(s => s.Box.Left));
        var right = Math.Ceiling(segments.Max(s => s.Box.Right));
        var width = (int)(right - left) + 1;
        var cover = ArrayPool<int>.Shared.Rent(width + 1);
        Array.Clear(cover, 0, width + 1);
        foreach (var s in segments)
        {
            // Difference array: +1 where a phrase starts, -1 after it ends.
            var a = Math.Clamp((int)Math.Floor(s.Box.Left - left), 0, width);
            var b = Math.Clamp((int)Math.Ceiling(s.Box.Right - left), 0, width);
            cover[a]++;
            cover[b]--;
        }
        var allowed = (int)(CrossingShare * zone.Lines.Count);
        var size = zone.Lines.Select(l => l.Size).Order().ElementAt(zone.Lines.Count / 2);
        var counts = ArrayPool<int>.Shared.Rent(width);
        var running = 0;
        for (var x = 0; x < width; x++) counts[x] = running += cover[x];

        // Stable, as the phrases of each gap were ordered before: equal left edges keep the zone's order.
        var byLeft = segments.OrderBy(s => s.Box.Left).ToList();
        var separators = new List<double>();
        var gapStart = -1;
        for (var x = 0; x <= width; x++)
        {
            if (x < width && counts[x] <= allowed)
            {
                if (gapStart < 0) gapStart = x;
                continue;
            }
            if (gapStart >= 0)
            {
                var islands = Islands(byLeft, left, gapStart, x, width);
                if (islands.Count > 0)
                    separators.AddRange(IslandSeparators(counts, islands, gapStart, x, width).Select(m => left + m));
                else if (gapStart > 0 && x < width && x - gapStart >= MinGapInEm * size)
                    separators.Add(left + EmptiestStretchMiddle(counts, gapStart, x));
            }
            gapStart = -1;
        }
        ArrayPool<int>.Shared.Return(cover);
        ArrayPool<int>.Shared.Return(counts);
        return ColumnNumbering.AddSeparators(zone, separators);
    }
}
