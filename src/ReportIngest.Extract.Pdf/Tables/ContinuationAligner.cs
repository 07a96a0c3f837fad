using ReportIngest.Core.Extraction;

namespace ReportIngest.Extract.Pdf.Tables;

/// <summary>
/// An unruled table continued at the top of the next page often lacks columns its rows leave
/// empty, so it finds fewer columns than the page before. When each of its columns sits inside
/// one or more columns of the previous page's last table, in order, it takes that table's column
/// indices and width, so the two read as one table. The other way round too: the part before the break
/// takes the columns of its continuation when that has more.
/// </summary>
internal static class ContinuationAligner
{
    public static void Align(List<PageElement>[] pages)
    {
        for (var p = 1; p < pages.Length; p++)
        {
            var previous = pages[p - 1]?.OfType<Grid>().LastOrDefault();
            var first = pages[p]?.FirstOrDefault(e => e is Grid);
            if (previous is null || first is not Grid next) continue;
            var linesAfter = pages[p - 1].SkipWhile(e => !ReferenceEquals(e, previous)).Skip(1).OfType<TextLine>().Count();
            var pageBreak = new PageBreak(p, p + 1, previous.Kind, next.Kind)
            {
                WidthBefore = previous.ColCount, WidthAfter = next.ColCount, LinesAfterFirstPart = linesAfter,
            };
            if (!TableContinuation.Decide(pageBreak).ColumnsContinue) continue;
            if (next.ColCount < previous.ColCount)
            {
                if (Aligned(next, previous) is { } aligned) pages[p][pages[p].IndexOf(next)] = aligned;
            }
            // A form broken after a section or two has found fewer columns than the sections that follow it.
            else if (next.ColCount > previous.ColCount && Aligned(previous, next) is { } aligned)
                pages[p - 1][pages[p - 1].IndexOf(previous)] = aligned;
        }
    }

    /// <summary><paramref name="narrow"/> in the column indices of <paramref name="wide"/>, or null when its columns do not fit them.</summary>
    private static Grid? Aligned(Grid narrow, Grid wide)
    {
        var ranges = ColumnRanges(wide);
        var first = new int[narrow.ColCount];
        var last = new int[narrow.ColCount];
        int withText = 0, overlapping = 0;
        for (var c = 0; c < narrow.ColCount; c++)
        {
            var targets = narrow.Cells
                .Where(x => x.Col == c && x.ColSpan == 1 && x.Box is not null && x.Text.Length > 0)
                .Select(x => Columns(ranges, x.Box!.Left, x.Box.Right))
                .ToList();
            if (targets.Any(t => t.First < 0)) return null;
            if (targets.Count > 0) (withText, overlapping) = (withText + 1, overlapping + (targets.Any(t => t.Overlaps) ? 1 : 0));
            // A column without one-column text of its own takes the next free column.
            var next = c > 0 ? last[c - 1] + 1 : 0;
            (first[c], last[c]) = targets.Count == 0 ? (next, next) : (targets.Min(t => t.First), targets.Max(t => t.Last));
            // A long text reaching into a neighbour's column leaves that column to the neighbour.
            if (first[c] < next && last[c] >= next) first[c] = next;
            else if (c > 0 && first[c] < next && first[c] > first[c - 1]) last[c - 1] = first[c] - 1;
            else if (first[c] < next) return null;
            if (last[c] >= wide.ColCount) return null;
        }
        // Texts that fall between the other table's columns only follow when most columns line up.
        if (2 * overlapping < withText) return null;
        var cells = narrow.Cells
            .Select(x => x with { Col = first[x.Col], ColSpan = last[x.Col + x.ColSpan - 1] - first[x.Col] + 1 })
            .ToList();
        var end = wide.ColCount - 1;
        if (last[^1] < end)
        {
            var top = cells.OrderBy(x => x.Row).First();
            cells.Add(new GridCell(top.Row, end, "") { Page = top.Page });
        }
        return narrow with { Cells = cells };
    }

    /// <summary>Horizontal extent of each column's single-column cells, or NaN where it has none.</summary>
    private static (double Left, double Right)[] ColumnRanges(Grid grid)
    {
        var ranges = new (double Left, double Right)[grid.ColCount];
        for (var c = 0; c < ranges.Length; c++)
        {
            var boxes = grid.Cells.Where(x => x.Col == c && x.ColSpan == 1 && x.Box is not null && x.Text.Length > 0).Select(x => x.Box!).ToList();
            ranges[c] = boxes.Count == 0 ? (double.NaN, double.NaN) : (boxes.Min(b => b.Left), boxes.Max(b => b.Right));
        }
        return ranges;
    }

    /// <summary>
    /// The columns whose texts overlap the span from left to right, or else the one whose texts lie
    /// nearest its middle (a short amount in the gap between two columns' texts); (-1, -1) when the
    /// wide table has no column texts at all.
    /// </summary>
    private static (int First, int Last, bool Overlaps) Columns((double Left, double Right)[] ranges, double left, double right)
    {
        int first = -1, last = -1, nearest = -1;
        var nearestDistance = double.MaxValue;
        var middle = (left + right) / 2;
        for (var c = 0; c < ranges.Length; c++)
        {
            if (double.IsNaN(ranges[c].Left)) continue;
            var distance = Math.Max(0, Math.Max(ranges[c].Left - middle, middle - ranges[c].Right));
            if (distance < nearestDistance) (nearest, nearestDistance) = (c, distance);
            if (!(ranges[c].Left <= right && ranges[c].Right >= left)) continue;
            if (first < 0) first = c;
            last = c;
        }
        return first >= 0 ? (first, last, true) : (nearest, nearest, false);
    }
}
