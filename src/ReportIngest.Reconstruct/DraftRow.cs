using ReportIngest.Core.Extraction;

namespace ReportIngest.Reconstruct;

/// <summary>One row of a table being assembled: its cells (spans kept) and where it was printed.</summary>
internal sealed record DraftRow(IReadOnlyList<GridCell> Cells, int? Page, int? Line)
{
    public int Width => Cells.Count == 0 ? 0 : Cells.Max(c => c.Col + c.ColSpan);

    /// <summary>Text per column; a spanning cell's text sits at its first column.</summary>
    public string[] Texts(int width)
    {
        var texts = new string[width];
        Array.Fill(texts, "");
        foreach (var cell in Cells)
            if (cell.Col < width) texts[cell.Col] = cell.Text;
        return texts;
    }

    public string Key => string.Join("|", Cells.OrderBy(c => c.Col).Select(c => TextPatterns.Squash(c.Text)));

    public static IReadOnlyList<DraftRow> FromGrid(Grid grid) =>
        grid.Cells.GroupBy(c => c.Row).OrderBy(g => g.Key)
            .Select(g => new DraftRow(g.OrderBy(c => c.Col).ToList(), g.First().Page ?? grid.Page, g.First().Line ?? grid.Line))
            .ToList();
}
