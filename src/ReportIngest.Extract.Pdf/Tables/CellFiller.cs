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

        foreach (var cell in table.Cells)
            cell.Text = cell.Glyphs.Count == 0 ? "" : GlyphText.ComposeLines(LineBuilder.Build(cell.Glyphs));
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
