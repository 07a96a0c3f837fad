using ReportIngest.Core.Extraction;

namespace ReportIngest.Benchmarks;

/// <summary>
/// A stand-in for the downstream merge of tables continued across pages, for scoring only: a
/// grid that opens its page (nothing printed above it), follows a grid that closed the previous
/// page and has the same number of columns continues that table; header rows it repeats are dropped.
/// </summary>
internal static class GridStitcher
{
    public static List<ScoredTable> Stitch(IReadOnlyList<PageElement> elements)
    {
        var tables = new List<ScoredTable>();
        ScoredTable? open = null;
        var openClosedPage = false;
        for (var i = 0; i < elements.Count; i++)
        {
            if (elements[i] is not Grid grid)
            {
                // Page furniture such as page numbers does not break a continuation; other text on the same page does.
                if (open is not null && elements[i].Page == open.Pages[^1] && !IsPageNumber(elements[i])) openClosedPage = false;
                continue;
            }
            var opensPage = i == 0 || elements[i - 1].Page != grid.Page;
            if (open is not null && openClosedPage && opensPage && grid.Page == open.Pages[^1] + 1 && grid.ColCount == open.ColCount)
            {
                Append(open, grid);
            }
            else
            {
                open = ScoredTable.From(grid);
                tables.Add(open);
            }
            openClosedPage = true;
        }
        return tables;
    }

    private static bool IsPageNumber(PageElement element) =>
        element is TextLine line && line.Text.Trim('—', '-', ' ', '第', '页').All(char.IsDigit);

    private static void Append(ScoredTable table, Grid grid)
    {
        var repeated = 0;
        while (repeated < grid.RowCount && repeated < table.RowCount && RowKey(grid.Cells, repeated) == RowKey(table.Cells, repeated))
            repeated++;
        var offset = table.RowCount - repeated;
        foreach (var cell in grid.Cells)
        {
            if (cell.Row < repeated) continue;
            table.Cells.Add(cell with { Row = cell.Row + offset });
        }
        table.Pages.Add(grid.Page ?? 0);
    }

    private static string RowKey(IEnumerable<GridCell> cells, int row) =>
        string.Join("|", cells.Where(c => c.Row == row).OrderBy(c => c.Col).Select(c => $"{c.Col}:{c.ColSpan}:{c.RowSpan}:{c.Text}"));
}
