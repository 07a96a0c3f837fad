using ReportIngest.Extract.Pdf.Geometry;
using ReportIngest.Extract.Pdf.Text;

namespace ReportIngest.Extract.Pdf.Tables;

/// <summary>
/// Partly ruled tables often rule only around the body: the records inside one ruled row are
/// then lines of text, aligned across the columns. Such a row is split into one row per line.
/// </summary>
internal static class UnruledRowSplitter
{
    /// <summary>Fewest lines in a ruled row before it can hold several records rather than wrapped text.</summary>
    private const int MinLines = 3;

    /// <summary>Returns the table with split rows (refilled from the page glyphs), or the table itself.</summary>
    public static DetectedTable Split(DetectedTable table, PageGlyphs page)
    {
        var ys = table.RowBounds;
        var newBounds = new List<double> { ys[0] };
        var rowStart = new int[ys.Count];
        var changed = false;
        var cellsInRow = new List<DetectedCell>();
        for (var r = 0; r < ys.Count - 1; r++)
        {
            rowStart[r] = newBounds.Count - 1;
            var cuts = Cuts(table, r, cellsInRow, page.Arena);
            changed |= cuts.Count > 0;
            newBounds.AddRange(cuts);
            newBounds.Add(ys[r + 1]);
        }
        rowStart[ys.Count - 1] = newBounds.Count - 1;
        if (!changed) return table;

        CellFiller.Release(table, page);
        var cells = new List<DetectedCell>();
        foreach (var cell in table.Cells)
        {
            var first = rowStart[cell.Row];
            var end = rowStart[cell.Row + cell.RowSpan];
            if (cell.RowSpan == 1 && end - first > 1)
            {
                for (var k = first; k < end; k++)
                    cells.Add(new DetectedCell(k, cell.Col, 1, cell.ColSpan, cell.Box with { Top = newBounds[k], Bottom = newBounds[k + 1] }));
            }
            else cells.Add(new DetectedCell(first, cell.Col, end - first, cell.ColSpan, cell.Box));
        }
        var split = new DetectedTable(table.Box, table.Mode, cells) { ColumnBounds = table.ColumnBounds, RowBounds = newBounds };
        CellFiller.Fill(split, page);
        return split;
    }

    /// <summary>Cut positions inside row r when its one-row cells hold the same number of aligned lines, some numeric.</summary>
    private static List<double> Cuts(DetectedTable table, int r, List<DetectedCell> cells, GlyphArena arena)
    {
        cells.Clear();
        foreach (var c in table.Cells)
            if (c.Row == r && c.RowSpan == 1 && !c.Glyphs.IsEmpty) cells.Add(c);
        if (cells.Count < 2) return [];
        // Too low to hold MinLines lines of its text: the common case, decided without building lines.
        var size = double.MinValue;
        foreach (var c in cells)
        foreach (ref readonly var g in c.Glyphs.Span)
            size = Math.Max(size, g.Size);
        if (table.RowBounds[r + 1] - table.RowBounds[r] < MinLines * size) return [];
        var rowLines = LineBuilder.BuildInPlace(InReadingOrder(cells, arena));
        if (rowLines.Count < MinLines) return [];
        var perCell = cells.Select(c => LineBuilder.BuildSorted(c.Glyphs.Span, arena)).ToList();
        var full = perCell.Where(lines => lines.Count == rowLines.Count).ToList();
        if (full.Count * 2 < cells.Count || full.Count < 2) return [];
        if (!full.Any(lines => lines.All(l => Script.HasDigit(l.Text)))) return [];
        var cuts = new List<double>();
        for (var i = 1; i < rowLines.Count; i++)
            cuts.Add((rowLines[i - 1].Box.Bottom + rowLines[i].Box.Top) / 2);
        return cuts;
    }

    /// <summary>The glyphs of the row's cells merged into the page's reading order.</summary>
    private static ArraySegment<Glyph> InReadingOrder(List<DetectedCell> cells, GlyphArena arena)
    {
        var count = 0;
        foreach (var c in cells) count += c.Glyphs.Length;
        var run = arena.Allocate(count);
        var n = 0;
        foreach (var c in cells)
        {
            c.Glyphs.Span.CopyTo(run.AsSpan(n));
            n += c.Glyphs.Length;
        }
        GlyphOrder.SortByRank(run);
        return run;
    }
}
