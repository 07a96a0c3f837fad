using ReportIngest.Core.Extraction;

namespace ReportIngest.Reconstruct;

/// <summary>
/// Walks the extracted elements in reading order and gathers them into tables: a grid opens a table with the title
/// found in the text above it; a grid with no title of its own that follows a table across a page break (only page
/// furniture or context lines between) continues that table, its repeated header rows dropped.
/// </summary>
internal sealed class TableSegmenter
{
    private readonly List<TableDraft> drafts = [];
    private readonly List<(string Text, int? Line)> gap = [];

    public IReadOnlyList<TableDraft> Segment(IEnumerable<PageElement> elements)
    {
        foreach (var element in elements)
        {
            switch (element)
            {
                case TextLine line:
                    gap.Add((line.Text, line.Line ?? line.Page));
                    break;
                case Grid grid:
                    Add(grid);
                    gap.Clear();
                    break;
            }
        }
        return drafts;
    }

    private void Add(Grid grid)
    {
        var rows = DraftRow.FromGrid(grid).ToList();
        var gridContext = new List<string>();
        string? gridTitle = null;
        // Rows at the top of a grid that are really context lines or the title (text extractions put tabs in them).
        while (rows.Count > 0)
        {
            var texts = rows[0].Cells.Select(c => c.Text).Where(t => t.Trim().Length > 0).ToList();
            if (texts.Count > 0 && texts.All(TextPatterns.IsContext))
                gridContext.AddRange(texts);
            else if (texts.Count == 1 && gridTitle is null && TextPatterns.LooksLikeTitle(texts[0]) && rows.Count > 1)
                gridTitle = texts[0];
            else
                break;
            rows.RemoveAt(0);
        }
        if (rows.Count == 0)
        {
            gap.AddRange(gridContext.Select(t => (t, grid.Line)));
            return;
        }
        if (IsContents(rows))
        {
            // A 目录 page laid out in columns is a list of headings, not a table.
            gap.AddRange(rows.Select(r => (string.Join(" ", r.Cells.Select(c => c.Text)), r.Line ?? r.Page)));
            return;
        }

        var title = FindTitle() ?? gridTitle;
        var current = drafts.Count > 0 ? drafts[^1] : null;
        if (title is null && current is not null && ContinuesAcrossBreak(current, rows))
        {
            AppendContinuation(current, rows);
            return;
        }
        if (title is null && current is not null && IsNextPageWithFurnitureOnly(current, rows) && StrayTail.TryAlign(current, rows) is { } aligned)
        {
            current.Rows.AddRange(aligned);
            return;
        }
        var context = gap.Select(g => g.Text).Where(TextPatterns.IsContext).Concat(gridContext).ToList();
        var draft = new TableDraft(title is null ? "" : TextPatterns.CleanTitle(title), context, rows[0].Line ?? grid.Page);
        draft.Rows.AddRange(rows);
        drafts.Add(draft);
    }

    private bool IsContents(List<DraftRow> rows)
    {
        if (gap.Count > 0 && TextPatterns.Squash(gap[^1].Text) == "目录") return true;
        var entries = rows.Count(r => r.Cells.Any(c => TextPatterns.IsContentsEntry(c.Text)));
        return entries * 2 > rows.Count;
    }

    private string? FindTitle()
    {
        for (var i = gap.Count - 1; i >= 0; i--)
        {
            var text = gap[i].Text;
            if (TextPatterns.IsContext(text)) continue;
            if (TextPatterns.LooksLikeTitle(text)) return text;
        }
        return null;
    }

    private bool ContinuesAcrossBreak(TableDraft current, List<DraftRow> rows)
    {
        var width = rows.Max(r => r.Width);
        if (Math.Abs(width - current.Width) > 1) return false;
        var lastPage = current.Rows[^1].Page;
        var page = rows[0].Page;
        if (lastPage is null || page is null)
            // Text input: a page break leaves page furniture or context lines, never a new heading.
            return !gap.Any(g => !TextPatterns.IsContext(g.Text) && TextPatterns.LooksLikeHeading(g.Text));
        // A PDF table continues only onto the next page, with nothing but page furniture between the two parts.
        return page == lastPage + 1 && gap.All(g => TextPatterns.IsContext(g.Text));
    }

    private bool IsNextPageWithFurnitureOnly(TableDraft current, List<DraftRow> rows) =>
        current.Rows[^1].Page is { } lastPage && rows[0].Page == lastPage + 1 && gap.All(g => TextPatterns.IsContext(g.Text));

    private static void AppendContinuation(TableDraft current, List<DraftRow> rows)
    {
        var header = current.Rows.Take(current.HeaderRowCount).Select(r => r.Key).ToList();
        var skip = 0;
        while (skip < rows.Count && skip < header.Count && rows[skip].Key == header[skip]) skip++;
        current.Rows.AddRange(rows.Skip(skip));
    }
}
