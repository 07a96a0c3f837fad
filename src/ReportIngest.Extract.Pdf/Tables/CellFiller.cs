using System.Buffers;
using ReportIngest.Extract.Pdf.Text;

namespace ReportIngest.Extract.Pdf.Tables;

/// <summary>Puts glyphs into the cells of a table by their centre and composes each cell's text.</summary>
internal static class CellFiller
{
    /// <summary>Takes the page's free glyphs inside the table into its cells.</summary>
    public static void Fill(DetectedTable table, PageGlyphs page)
    {
        var xs = table.ColumnBounds;
        var ys = table.RowBounds;
        int cols = xs.Count - 1, rows = ys.Count - 1;
        var slots = new int[rows * cols];
        Array.Fill(slots, -1);
        for (var k = 0; k < table.Cells.Count; k++)
        {
            var cell = table.Cells[k];
            for (var r = cell.Row; r < cell.Row + cell.RowSpan; r++)
            for (var c = cell.Col; c < cell.Col + cell.ColSpan; c++)
                slots[r * cols + c] = k;
        }

        // Counted first, then placed: each cell's glyphs, in reading order, are one run of a single array.
        var band = page.Band(table.Box.Top - 0.5, table.Box.Bottom + 0.5);
        var cellOf = ArrayPool<int>.Shared.Rent(Math.Max(1, page.All.Length));
        var starts = new int[table.Cells.Count + 1];
        foreach (ref readonly var g in band)
        {
            var k = -1;
            if (page.IsFree(g) && table.Box.Contains(g.Box.CenterX, g.Box.CenterY, 0.5))
                k = slots[Axis.Interval(ys, g.Box.CenterY) * cols + Axis.Interval(xs, g.Box.CenterX)];
            cellOf[g.Rank] = k;
            if (k >= 0) starts[k + 1]++;
        }
        for (var k = 0; k < table.Cells.Count; k++) starts[k + 1] += starts[k];
        var placed = page.Arena.Allocate(starts[^1]);
        var next = starts[..^1];
        foreach (ref readonly var g in band)
        {
            var k = cellOf[g.Rank];
            if (k < 0) continue;
            placed[next[k]++] = g;
            page.Take(g);
        }
        ArrayPool<int>.Shared.Return(cellOf);
        for (var k = 0; k < table.Cells.Count; k++)
            table.Cells[k].Glyphs = placed.AsMemory().Slice(starts[k], starts[k + 1] - starts[k]);

        SplitUnruledSpans(table, page.Arena);
        foreach (var cell in table.Cells)
            cell.Text = cell.Glyphs.IsEmpty ? "" : GlyphText.ComposeLines(LineBuilder.BuildSorted(cell.Glyphs.Span, page.Arena));
    }

    /// <summary>Text phrases this far apart (in font sizes) inside one spanning cell belong to different columns.</summary>
    private const double ColumnGapInEm = 1.5;

    /// <summary>
    /// Partly ruled tables draw column rules in the header only: the body rows then look like cells
    /// spanning every column. A spanning cell whose text sits in separate columns is split back.
    /// </summary>
    private static void SplitUnruledSpans(DetectedTable table, GlyphArena arena)
    {
        var xs = table.ColumnBounds;
        for (var i = table.Cells.Count - 1; i >= 0; i--)
        {
            var cell = table.Cells[i];
            if (cell.ColSpan < 2 || cell.Glyphs.IsEmpty || !HasSeparateColumns(cell, xs, arena)) continue;
            table.Cells.RemoveAt(i);
            for (var c = cell.Col; c < cell.Col + cell.ColSpan; c++)
            {
                var part = new DetectedCell(cell.Row, c, cell.RowSpan, 1, cell.Box with { Left = xs[c], Right = xs[c + 1] });
                part.Glyphs = InColumn(cell, xs, c, arena);
                table.Cells.Add(part);
            }
        }
    }

    /// <summary>The glyphs of a spanning cell that lie in column c, its outer columns taking what overhangs them.</summary>
    private static ArraySegment<Glyph> InColumn(DetectedCell cell, List<double> xs, int c, GlyphArena arena)
    {
        var glyphs = cell.Glyphs.Span;
        var count = 0;
        foreach (ref readonly var g in glyphs)
            if (ColumnIn(cell, xs, g) == c) count++;
        var run = arena.Allocate(count);
        var n = 0;
        foreach (ref readonly var g in glyphs)
            if (ColumnIn(cell, xs, g) == c) run[n++] = g;
        return run;
    }

    private static int ColumnIn(DetectedCell cell, List<double> xs, in Glyph g) =>
        Math.Clamp(Axis.Interval(xs, g.Box.CenterX), cell.Col, cell.Col + cell.ColSpan - 1);

    private static bool HasSeparateColumns(DetectedCell cell, List<double> xs, GlyphArena arena)
    {
        foreach (var line in LineBuilder.BuildSorted(cell.Glyphs.Span, arena))
        {
            var phrases = LineBuilder.Split(line, ColumnGapInEm);
            if (phrases.Count < 2) continue;
            var columns = phrases.Select(p => (Axis.Interval(xs, p.Box.Left + 0.5), Axis.Interval(xs, p.Box.Right - 0.5))).ToList();
            if (columns.All(c => c.Item1 == c.Item2) && columns.Select(c => c.Item1).Distinct().Count() == columns.Count) return true;
        }
        return false;
    }

    /// <summary>Gives a rejected table's glyphs back to the page.</summary>
    public static void Release(DetectedTable table, PageGlyphs page)
    {
        foreach (var cell in table.Cells)
        {
            foreach (ref readonly var g in cell.Glyphs.Span) page.Free(g);
            cell.Glyphs = default;
        }
    }
}
