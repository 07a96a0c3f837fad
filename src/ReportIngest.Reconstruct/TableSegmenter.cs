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
        var continuation = current is null ? null : TableContinuation.Decide(Break(current, grid, rows, title is not null));
        if (continuation is { RowsContinue: true })
        {
            AppendContinuation(current!, rows);
            return;
        }
        if (continuation is { BrokenOnlyByPage: true } && StrayTail.TryAlign(current!, rows) is { } aligned)
        {
            current!.Rows.AddRange(aligned);
            return;
        }
        var context = gap.Select(g => g.Text).Where(TextPatterns.IsContext).Concat(gridContext).ToList();
        var draft = new TableDraft(title is null ? "" : TextPatterns.CleanTitle(title), context, rows[0].Line ?? grid.Page) { Kind = grid.Kind };
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

    // The break between the table gathered so far and this grid, the lines between judged by what they say.
    private PageBreak Break(TableDraft current, Grid grid, List<DraftRow> rows, bool hasTitle) =>
        new(current.Rows[^1].Page, rows[0].Page, current.Kind, grid.Kind)
        {
            WidthBefore = current.Width,
            WidthAfter = rows.Max(r => r.Width),
            LinesBetween = gap.Select(g => Judge(g.Text)).ToList(),
            SecondPartHasTitle = hasTitle,
        };

    private static BreakLine Judge(string line) =>
        TextPatterns.IsContext(line) ? BreakLine.Furniture : TextPatterns.LooksLikeHeading(line) ? BreakLine.Heading : BreakLine.Text;

    private static void AppendContinuation(TableDraft current, List<DraftRow> rows)
    {
        var header = current.Rows.Take(current.HeaderRowCount).Select(r => r.Key).ToList();
        var skip = 0;
        while (skip < rows.Count && skip < header.Count && rows[skip].Key == header[skip]) skip++;
        current.Rows.AddRange(rows.Skip(skip));
    }
}
