using ReportIngest.Core.Extraction;
using ReportIngest.Core.Text;

namespace ReportIngest.Extract.Ocr.Arithmetic;

/// <summary>
/// One table OCR read, possibly over several pages (grids of the same width on consecutive pages, the earlier ones
/// without a total line): its rows of cells, where its codes, labels and amounts stand, as the sums need them.
/// </summary>
internal sealed class Sheet
{
    public List<Grid> Grids { get; } = [];

    /// <summary>Each row's OCR cells by column.</summary>
    public List<Dictionary<int, SheetCell>> Rows { get; } = [];

    public int Width => Grids[0].ColCount;

    public void Add(Grid grid)
    {
        var index = Grids.Count;
        Grids.Add(grid);
        foreach (var row in grid.Cells.Where(c => c.Confidence is not null).GroupBy(c => c.Row).OrderBy(g => g.Key))
        {
            var sheetRow = Rows.Count;
            Rows.Add(row.ToDictionary(c => c.Col, c => new SheetCell(c, index, sheetRow)));
        }
        LabelColumn = FindLabelColumn();
    }

    /// <summary>The column most rows print their label in (the first with Chinese text); codes stand left of it, amounts right.</summary>
    public int LabelColumn { get; private set; }

    public SheetCell? Cell(int row, int col) => Rows[row].GetValueOrDefault(col);

    /// <summary>The row's label: its first cell with Chinese text.</summary>
    public SheetCell? Label(int row) => Rows[row].Values.OrderBy(c => c.Col).FirstOrDefault(c => c.Text.Any(Ideographs.IsIdeograph));

    public IEnumerable<int> AmountColumns => Enumerable.Range(LabelColumn + 1, Math.Max(0, Width - LabelColumn - 1));

    /// <summary>The cells left of the label column that print digits: the row's code, split over 类/款/项 columns or in one.</summary>
    public List<SheetCell> CodeParts(int row) =>
        Rows[row].Values.Where(c => c.Col < LabelColumn && !c.IsBlank).OrderBy(c => c.Col).ToList();

    private int FindLabelColumn()
    {
        var columns = Rows.Select((_, r) => Label(r)?.Col).OfType<int>().ToList();
        return columns.Count == 0 ? 0 : columns.GroupBy(c => c).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
    }

    /// <summary>Whether a row of the sheet is labelled as the total line.</summary>
    public bool HasTotalLine => Enumerable.Range(0, Rows.Count).Any(r => Label(r) is { } label && TotalLabels.IsTotal(label.Text));

    /// <summary>
    /// The scanned pages' grids as sheets, in document order: a grid continues the sheet before it when it is as wide,
    /// on the next page, with no table title or number (a line with 表) between them and no total line before it.
    /// </summary>
    public static List<Sheet> Of(IEnumerable<PageElement> elements)
    {
        var sheets = new List<Sheet>();
        var titled = false;
        foreach (var element in elements)
        {
            if (element is TextLine line)
            {
                titled |= line.Text.Contains('表');
                continue;
            }
            if (element is not Grid grid || !grid.Cells.Any(c => c.Confidence is not null)) continue;
            var last = sheets.Count > 0 ? sheets[^1] : null;
            var continues = !titled && last is not null && last.Width == grid.ColCount && grid.Page == last.Grids[^1].Page + 1 && !last.HasTotalLine;
            titled = false;
            if (continues)
                last!.Add(grid);
            else
            {
                var sheet = new Sheet();
                sheet.Add(grid);
                sheets.Add(sheet);
            }
        }
        return sheets;
    }
}
