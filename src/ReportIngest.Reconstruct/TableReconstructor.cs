using ReportIngest.Core.Extraction;
using ReportIngest.Core.Tables;

namespace ReportIngest.Reconstruct;

/// <summary>
/// The reconstruct stage: extracted text lines and grids in, logical tables out — titles and units found,
/// tables continued over page breaks joined, header rows resolved into a header tree per column.
/// </summary>
public sealed class TableReconstructor
{
    public const string Version = "reconstruct-1";

    public ReconstructedDocument Reconstruct(ExtractedDocument document)
    {
        var drafts = new TableSegmenter().Segment(document.Elements);
        var tables = drafts.Select((d, i) => Build(d, i)).ToList();
        var lines = document.Elements.OfType<TextLine>().ToList();
        return new ReconstructedDocument(document.Sha256, document.Source, document.Kind, document.PageCount, tables,
            lines.Select(t => t.Text).ToList()) { TextPlaces = lines.Select(t => new TextPlace(t.Page, t.Line)).ToList() };
    }

    private static Table Build(TableDraft draft, int index)
    {
        var width = draft.Width;
        var rows = draft.Rows.ToList();
        var headerCount = draft.HeaderRowCount;
        RemoveRepeatedHeaders(rows, headerCount);

        var texts = rows.Select(r => r.Texts(width)).ToList();
        var header = LostHeaderColumn.Restore(texts.Take(headerCount).ToList());
        if (header.Count > 0 && header[0].Length > width)
        {
            width = header[0].Length;
            texts = [.. header, .. texts.Skip(headerCount).Select(t => (string[])[.. t, .. new string[width - t.Length].Select(_ => "")])];
            rows = [.. header.Select((h, i) => new DraftRow(
                h.Select((text, c) => new ReportIngest.Core.Extraction.GridCell(i, c, text)).Where(cell => cell.Text.Length > 0).ToList(),
                rows[i].Page, rows[i].Line)), .. rows.Skip(headerCount)];
        }
        var paths = HeaderTree.Paths(header, width);
        var cells = new List<TableCell>();
        var owners = HeaderTree.Owners(header, width);
        for (var r = 0; r < rows.Count; r++)
        {
            foreach (var cell in rows[r].Cells)
            {
                // Text rows carry no spans; PDF cells (with a box) keep the spans their ruling or layout gave them.
                var (rowSpan, colSpan) = r < headerCount && cell.Box is null && cell.RowSpan == 1 && cell.ColSpan == 1
                    ? HeaderSpan(texts, owners, headerCount, r, cell.Col, width)
                    : (cell.RowSpan, cell.ColSpan);
                if (cell.Text.Trim().Length == 0 && r < headerCount) continue;
                cells.Add(new TableCell(r, cell.Col, cell.Text, rowSpan, colSpan)
                {
                    Page = cell.Page ?? rows[r].Page,
                    Line = cell.Line ?? rows[r].Line,
                    Box = cell.Box,
                    Confidence = cell.Confidence,
                    ConfidenceNote = cell.ConfidenceNote,
                });
            }
        }
        var pages = rows.Select(r => r.Page).OfType<int>().Distinct().Order().ToList();
        var unit = PrintedUnit(draft, texts.Take(headerCount));
        return new Table
        {
            Index = index,
            Title = draft.Title,
            Unit = unit,
            Pages = pages,
            Context = draft.Context,
            HeaderRowCount = headerCount,
            RowCount = rows.Count,
            ColCount = width,
            Cells = cells,
            Columns = paths.Select((p, c) => new ColumnHeader(c, p)).ToList(),
            FirstLine = draft.FirstLine,
        };
    }

    // The unit is printed per table: on a line between title and grid, in the title, or inside the header.
    private static string? PrintedUnit(TableDraft draft, IEnumerable<string[]> headerRows) =>
        draft.Context.Select(TextPatterns.UnitOf).FirstOrDefault(u => u is not null)
        ?? TextPatterns.UnitOf(draft.Title)
        ?? headerRows.SelectMany(r => r).Select(TextPatterns.UnitOfHeaderLabel).FirstOrDefault(u => u is not null);

    // A header cell of a text table spans right over the columns it owns and down over empty header cells.
    private static (int RowSpan, int ColSpan) HeaderSpan(List<string[]> texts, IReadOnlyList<int[]> owners, int headerCount, int row, int col, int width)
    {
        var colSpan = 1;
        while (col + colSpan < width && owners[col + colSpan][row] == col && texts[row][col + colSpan].Trim().Length == 0
               && row + 1 < headerCount)
            colSpan++;
        var rowSpan = 1;
        while (row + rowSpan < headerCount && Enumerable.Range(col, colSpan).All(c => texts[row + rowSpan][c].Trim().Length == 0))
            rowSpan++;
        return (rowSpan, colSpan);
    }

    // Page breaks inside a text table can repeat its header rows in the middle of the body.
    private static void RemoveRepeatedHeaders(List<DraftRow> rows, int headerCount)
    {
        if (headerCount == 0) return;
        var first = rows[0].Key;
        for (var r = rows.Count - 1; r >= headerCount; r--)
        {
            if (rows[r].Key != first) continue;
            var n = 1;
            while (n < headerCount && r + n < rows.Count && rows[r + n].Key == rows[n].Key) n++;
            rows.RemoveRange(r, n);
        }
    }
}
