namespace ReportIngest.Classify.Training.Dataset;

/// <summary>
/// Variants of a real table, kept in the table's own cross-validation group: without its title (tables found far
/// from their title), renumbered in another house style, and with the header alone (a table cut at a page break).
/// </summary>
public static class DocumentVariantGenerator
{
    private const int LeadRowsWithoutHeader = 3;

    public static IEnumerable<LabelledTable> Generate(LabelledTable real)
    {
        var table = real.Table;
        yield return real with { Table = table with { Title = "" }, Origin = TableOrigin.Variant };
        yield return real with { Table = table with { Title = TitleDecorations.Decorate(table.Title, table.Index + 1, table.Index) }, Origin = TableOrigin.Variant };

        var keptRows = table.HeaderRowCount > 0 ? table.HeaderRowCount : Math.Min(LeadRowsWithoutHeader, table.RowCount);
        if (keptRows < table.RowCount)
        {
            var headerOnly = table with { Cells = table.Cells.Where(c => c.Row < keptRows).ToList(), RowCount = keptRows };
            yield return real with { Table = headerOnly, Origin = TableOrigin.Variant };
        }
    }
}
