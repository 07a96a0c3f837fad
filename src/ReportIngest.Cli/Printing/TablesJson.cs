using ReportIngest.Core.Documents;
using ReportIngest.Core.Tables;

namespace ReportIngest.Cli.Printing;

/// <summary>The <c>tables --out</c> file: {"tables":[{"page","pages","title","type","cells":[{row,col,rowspan,colspan,text}]}]}.</summary>
internal sealed record TablesJson(IReadOnlyList<TablesJson.TableJson> Tables)
{
    public static TablesJson From(ClassifiedDocument classified)
    {
        var isPdf = classified.Document.Kind == DocumentKind.Pdf;
        return new TablesJson(classified.Document.Tables.Select(t => new TableJson(
            isPdf && t.Pages.Count > 0 ? t.Pages[0] : null,
            isPdf && t.Pages.Count > 0 ? t.Pages : null,
            t.Title,
            classified.LabelOf(t).Type,
            t.Cells.Select(c => new CellJson(c.Row, c.Col, c.RowSpan, c.ColSpan, c.Text)).ToList())).ToList());
    }

    internal sealed record TableJson(int? Page, IReadOnlyList<int>? Pages, string Title, string Type, IReadOnlyList<CellJson> Cells);

    internal sealed record CellJson(int Row, int Col, int Rowspan, int Colspan, string Text);
}
