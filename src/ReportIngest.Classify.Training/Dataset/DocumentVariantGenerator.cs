namespace ReportIngest.Classify.Training.Dataset;

/// <summary>
/// Variants of a real table, kept in the table's own cross-validation group: without its title (tables found far
/// from their title), renumbered in another house style, its last rows alone after its own title (the part of a
/// table spilled onto the next page without its header), and with the header alone (a table cut at a page break).
/// </summary>
public static class DocumentVariantGenerator
{
    private const int LeadRowsWithoutHeader = 3;
    private const int SpilledRows = 3;

    public static IEnumerable<LabelledTable> Generate(LabelledTable real)
    {
        var table = real.Table;
        yield return real with { Table = table with { Title = "" }, Origin = TableOrigin.Variant };
        yield return real with { Table = table with { Title = TitleDecorations.Decorate(table.Title, table.Index + 1, table.Index) }, Origin = TableOrigin.Variant };

        if (table.HeaderRowCount > 0 && table.RowCount > table.HeaderRowCount && table.Title.Length > 0)
        {
            var first = Math.Max(table.HeaderRowCount, table.RowCount - SpilledRows);
            var spilled = table.Cells.Where(c => c.Row >= first).Select(c => c with { Row = c.Row - first }).ToList();
            var continued = table with { Title = "", HeaderRowCount = 0, RowCount = table.RowCount - first, Cells = spilled, Columns = [] };
            if (spilled.Any(c => c.Row == 0 && decimal.TryParse(c.Text.Trim(), System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out _)))
                yield return real with { Table = continued, Context = real.Context with { PreviousTitle = table.Title }, Origin = TableOrigin.Continuation };
        }

        var keptRows = table.HeaderRowCount > 0 ? table.HeaderRowCount : Math.Min(LeadRowsWithoutHeader, table.RowCount);
        if (keptRows < table.RowCount)
        {
            var headerOnly = table with { Cells = table.Cells.Where(c => c.Row < keptRows).ToList(), RowCount = keptRows };
            yield return real with { Table = headerOnly, Origin = TableOrigin.Variant };
        }
    }
}
