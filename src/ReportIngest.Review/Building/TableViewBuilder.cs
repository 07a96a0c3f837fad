using System.Globalization;
using System.Text.Json;
using ReportIngest.Core.Documents;
using ReportIngest.Core.Tables;
using ReportIngest.Core.Text;
using ReportIngest.Review.Data;
using ReportIngest.Review.Model;
using ReportIngest.Review.Rendering;

namespace ReportIngest.Review.Building;

/// <summary>
/// One table as the review shows it: the reconstructed grid marked with facts, failed checks, dropped rows and
/// unmapped columns; its cells outlined on the page images; for text input, the source lines it was read from.
/// </summary>
internal sealed class TableViewBuilder(FailedChecks checks, IReadOnlyDictionary<int, PageImage> images, IReadOnlyList<string>? sourceLines)
{
    private const int MaxSourceLines = 400;

    public TableView Build(TableRecord record, Table? table, IReadOnlyList<FactRecord> facts)
    {
        var measures = JsonSerializer.Deserialize<List<string?>>(record.ColumnMeasures ?? "[]") ?? [];
        var unmapped = (JsonSerializer.Deserialize<List<string>>(record.Unmapped ?? "[]") ?? []).ToHashSet();
        var columns = table?.Columns.Select(c => new ColumnView(c.Col, string.Join(" / ", c.Path), MeasureAt(measures, c.Col) ?? "",
            MeasureAt(measures, c.Col) is null && (unmapped.Contains(string.Join(" / ", c.Path)) || unmapped.Contains($"column {c.Col + 1}")))).ToList() ?? [];
        var factsByCell = facts.ToLookup(f => (f.Row, f.Col));
        var rows = table is null ? [] : Rows(record, table, columns, factsByCell);
        return new TableView
        {
            Index = record.TableId,
            Title = record.Title,
            Type = record.TableType,
            Confidence = record.TypeConfidence.ToString("0.00", CultureInfo.InvariantCulture),
            NeedsReview = record.NeedsReview,
            Classifier = record.Classifier,
            Unit = record.Unit ?? "",
            Pages = record.FirstPage is { } first ? (record.LastPage is { } last && last != first ? $"{first}–{last}" : $"{first}") : "",
            FactCount = facts.Count,
            Context = table?.Context ?? [],
            Columns = columns,
            Rows = rows,
            Figures = table is null ? [] : Figures(table, rows),
            SourceLines = table is null ? [] : Lines(table),
            FailedChecks = checks.OfTable(record.TableId).ToList(),
        };
    }

    private static string? MeasureAt(List<string?> measures, int col) => col < measures.Count ? measures[col] : null;

    private List<RowView> Rows(TableRecord record, Table table, List<ColumnView> columns, ILookup<(int, int), FactRecord> facts)
    {
        var financial = !TableTypes.IsNonFinancial(record.TableType);
        var rowsWithFacts = facts.Select(g => g.Key.Item1).ToHashSet();
        var unmappedCols = columns.Where(c => c.Unmapped).Select(c => c.Index).ToHashSet();
        var mappedCols = columns.Where(c => c.Measure.Length > 0).Select(c => c.Index).ToHashSet();
        var rows = new List<RowView>();
        foreach (var group in table.Cells.GroupBy(c => c.Row).OrderBy(g => g.Key))
        {
            var isHeader = group.Key < table.HeaderRowCount;
            var cells = group.OrderBy(c => c.Col).ToList();
            var dropped = financial && !isHeader && !rowsWithFacts.Contains(group.Key)
                && cells.Any(c => mappedCols.Contains(c.Col) && CellText.IsAmount(c.Text));
            rows.Add(new RowView(group.Key, isHeader, dropped, cells.Select(c => Cell(table, c, isHeader, columns, unmappedCols, facts)).ToList()));
        }
        return rows;
    }

    private CellView Cell(Table table, TableCell cell, bool isHeader, List<ColumnView> columns, HashSet<int> unmappedCols, ILookup<(int, int), FactRecord> facts)
    {
        var id = new CellRef(table.Index, cell.Row, cell.Col).Id;
        var cellFacts = facts[(cell.Row, cell.Col)].ToList();
        var failed = checks.Naming(id);
        var classes = new List<string>();
        if (isHeader) classes.Add("head");
        if (cellFacts.Count > 0) classes.Add("fact");
        if (failed.Count > 0) classes.Add("failed");
        if (!isHeader && unmappedCols.Contains(cell.Col) && CellText.IsAmount(cell.Text)) classes.Add("unmapped");
        var column = columns.FirstOrDefault(c => c.Index == cell.Col);
        return new CellView(id, cell.Row, cell.Col, cell.Text, cell.RowSpan, cell.ColSpan)
        {
            Classes = string.Join(' ', classes),
            Page = cell.Page?.ToString(CultureInfo.InvariantCulture) ?? "",
            Line = cell.Line?.ToString(CultureInfo.InvariantCulture) ?? "",
            Header = column is null ? "" : column.Path + (column.Measure.Length > 0 ? " → " + column.Measure : column.Unmapped ? " → (unmapped)" : ""),
            Facts = string.Join('\n', cellFacts.Select(f => $"{(f.Code.Length > 0 ? f.Code + " " : "")}{f.ItemName} · {f.Measure} = {f.AmountWan} 万元")),
            Checks = string.Join(' ', failed),
            Failures = checks.Describe(id),
        };
    }

    private List<PageFigure> Figures(Table table, List<RowView> rows)
    {
        var classes = rows.SelectMany(r => r.Cells).ToDictionary(c => c.Id, c => c.Classes);
        var figures = new List<PageFigure>();
        foreach (var page in table.Pages)
        {
            if (!images.TryGetValue(page, out var image)) continue;
            var boxed = table.Cells.Where(c => c.Box is not null && (c.Page ?? page) == page).ToList();
            if (boxed.Count == 0) continue;
            var whole = new BoundingBox(boxed.Min(c => c.Box!.Left), boxed.Min(c => c.Box!.Bottom), boxed.Max(c => c.Box!.Right), boxed.Max(c => c.Box!.Top));
            var outlines = new List<OutlineView> { Outline(image.Geometry, whole, "table", "") };
            foreach (var cell in boxed)
            {
                var id = new CellRef(table.Index, cell.Row, cell.Col).Id;
                outlines.Add(Outline(image.Geometry, cell.Box!, ("cell " + classes[id]).Trim(), id));
            }
            var (width, height) = image.Geometry.Shown;
            figures.Add(new PageFigure(page, image.File, Number(width), Number(height), outlines));
        }
        return figures;
    }

    private static OutlineView Outline(PageGeometry page, BoundingBox box, string classes, string cellId)
    {
        var (x, y, width, height) = page.Show(box);
        return new(Number(x), Number(y), Number(width), Number(height), classes, cellId);
    }

    private static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private List<SourceLineView> Lines(Table table)
    {
        if (sourceLines is null) return [];
        var numbers = table.Cells.Where(c => c.Line is not null).Select(c => c.Line!.Value).ToList();
        if (numbers.Count == 0) return [];
        var failedLines = table.Cells.Where(c => c.Line is not null && checks.Naming(new CellRef(table.Index, c.Row, c.Col).Id).Count > 0)
            .Select(c => c.Line!.Value).ToHashSet();
        var first = Math.Max(1, Math.Min(table.FirstLine ?? numbers.Min(), numbers.Min()));
        var last = Math.Min(sourceLines.Count, Math.Min(numbers.Max(), first + MaxSourceLines - 1));
        return Enumerable.Range(first, Math.Max(0, last - first + 1))
            .Select(n => new SourceLineView(n, sourceLines[n - 1], failedLines.Contains(n))).ToList();
    }
}
