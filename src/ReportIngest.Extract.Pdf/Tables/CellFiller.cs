using ReportIngest.Extract.Pdf.Text;

namespace ReportIngest.Extract.Pdf.Tables;

/// <summary>Puts glyphs into the cells of a table by their centre and composes each cell's text.</summary>
internal static class CellFiller
{
    /// <summary>Moves the glyphs inside the table out of <paramref name="glyphs"/> into its cells.</summary>
    public static void Fill(DetectedTable table, List<Glyph> glyphs)
    {
        var xs = table.ColumnBounds;
        var ys = table.RowBounds;
        int cols = xs.Count - 1, rows = ys.Count - 1;
        var slots = new DetectedCell?[rows * cols];
        foreach (var cell in table.Cells)
            for (var r = cell.Row; r < cell.Row + cell.RowSpan; r++)
            for (var c = cell.Col; c < cell.Col + cell.ColSpan; c++)
                slots[r * cols + c] = cell;

        var rest = new List<Glyph>(glyphs.Count);
        foreach (var g in glyphs)
        {
            if (!table.Box.Contains(g.Box.CenterX, g.Box.CenterY, 0.5)) { rest.Add(g); continue; }
            var cell = slots[Axis.Interval(ys, g.Box.CenterY) * cols + Axis.Interval(xs, g.Box.CenterX)];
            if (cell is null) rest.Add(g);
            else cell.Glyphs.Add(g);
        }
        glyphs.Clear();
        glyphs.AddRange(rest);

        SplitUnruledSpans(table);
        foreach (var cell in table.Cells)
            cell.Text = cell.Glyphs.Count == 0 ? "" : GlyphText.ComposeLines(LineBuilder.Build(cell.Glyphs));
    }

    /// <summary>Text phrases this far apart (in font sizes) inside one spanning cell belong to different columns.</summary>
    private const double ColumnGapInEm = 1.5;

    /// <summary>
    /// Partly ruled tables draw column rules in the header only: the body rows then look like cells
    /// spanning every column. A spanning cell whose text sits in separate columns is split back.
    /// </summary>
    private static void SplitUnruledSpans(DetectedTable table)
    {
        var xs = table.ColumnBounds;
        for (var i = table.Cells.Count - 1; i >= 0; i--)
        {
            var cell = table.Cells[i];
            if (cell.ColSpan < 2 || cell.Glyphs.Count == 0 || !HasSeparateColumns(cell, xs)) continue;
            table.Cells.RemoveAt(i);
            for (var c = cell.Col; c < cell.Col + cell.ColSpan; c++)
            {
                var part = new DetectedCell(cell.Row, c, cell.RowSpan, 1, cell.Box with { Left = xs[c], Right = xs[c + 1] });
                part.Glyphs.AddRange(cell.Glyphs.Where(g => Math.Clamp(Axis.Interval(xs, g.Box.CenterX), cell.Col, cell.Col + cell.ColSpan - 1) == c));
                table.Cells.Add(part);
            }
        }
    }

    private static bool HasSeparateColumns(DetectedCell cell, List<double> xs)
    {
        foreach (var line in LineBuilder.Build(cell.Glyphs))
        {
            var phrases = LineBuilder.Split(line, ColumnGapInEm);
            if (phrases.Count < 2) continue;
            var columns = phrases.Select(p => (Axis.Interval(xs, p.Box.Left + 0.5), Axis.Interval(xs, p.Box.Right - 0.5))).ToList();
            if (columns.All(c => c.Item1 == c.Item2) && columns.Select(c => c.Item1).Distinct().Count() == columns.Count) return true;
        }
        return false;
    }

    /// <summary>Gives a rejected table's glyphs back to the page.</summary>
    public static void Release(DetectedTable table, List<Glyph> glyphs)
    {
        foreach (var cell in table.Cells)
        {
            glyphs.AddRange(cell.Glyphs);
            cell.Glyphs.Clear();
        }
    }
}
