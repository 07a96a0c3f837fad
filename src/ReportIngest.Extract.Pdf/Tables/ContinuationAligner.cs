using ReportIngest.Core.Extraction;

namespace ReportIngest.Extract.Pdf.Tables;

/// <summary>
/// An unruled table continued at the top of the next page often lacks columns its rows leave
/// empty, so it finds fewer columns than the page before. When each of its columns sits inside
/// one column of the previous page's last table, in order, it takes that table's column indices
/// and width, so the two read as one table.
/// </summary>
internal static class ContinuationAligner
{
    public static void Align(List<PageElement>[] pages)
    {
        for (var p = 1; p < pages.Length; p++)
        {
            var previous = pages[p - 1]?.OfType<Grid>().LastOrDefault();
            var first = pages[p]?.FirstOrDefault(e => e is Grid);
            if (previous is null || first is not Grid next || previous.Mode != "stream" || next.Mode != "stream") continue;
            if (pages[p - 1][^1] is not Grid && pages[p - 1].SkipWhile(e => !ReferenceEquals(e, previous)).Skip(1).OfType<TextLine>().Count() > 2) continue;
            var aligned = Aligned(previous, next);
            if (aligned is not null) pages[p][pages[p].IndexOf(next)] = aligned;
        }
    }

    private static Grid? Aligned(Grid previous, Grid next)
    {
        if (next.ColCount >= previous.ColCount) return null;
        var ranges = ColumnRanges(previous);
        var map = new int[next.ColCount];
        for (var c = 0; c < next.ColCount; c++)
        {
            var targets = next.Cells
                .Where(x => x.Col == c && x.ColSpan == 1 && x.Box is not null && x.Text.Length > 0)
                .Select(x => ColumnAt(ranges, (x.Box!.Left + x.Box.Right) / 2))
                .Distinct()
                .ToList();
            if (targets.Count != 1 || targets[0] < 0 || c > 0 && targets[0] <= map[c - 1]) return null;
            map[c] = targets[0];
        }
        var cells = next.Cells
            .Select(x => x with { Col = map[x.Col], ColSpan = map[x.Col + x.ColSpan - 1] - map[x.Col] + 1 })
            .ToList();
        var last = previous.ColCount - 1;
        if (map[^1] < last)
        {
            var top = cells.OrderBy(x => x.Row).First();
            cells.Add(new GridCell(top.Row, last, "") { Page = top.Page });
        }
        return next with { Cells = cells };
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

    private static int ColumnAt((double Left, double Right)[] ranges, double x)
    {
        for (var c = 0; c < ranges.Length; c++)
            if (x >= ranges[c].Left && x <= ranges[c].Right) return c;
        return -1;
    }
}
