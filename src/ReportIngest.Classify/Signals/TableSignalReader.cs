using ReportIngest.Core.Tables;
using ReportIngest.Core.Text;

namespace ReportIngest.Classify.Signals;

/// <summary>Reads <see cref="TableSignals"/> from a reconstructed <see cref="Table"/>.</summary>
public static class TableSignalReader
{
    /// <summary>Rows read as "header" when the table has no header rows (performance tables print label/value grids).</summary>
    private const int LeadRowsWithoutHeader = 3;
    private const int MaxRowLabels = 40;
    private const int MaxWordLength = 24;

    public static TableSignals Read(Table table)
    {
        var header = new List<string>();
        var rowLabels = new List<string>();
        var codes = new HashSet<string>();
        int numeric = 0, filled = 0;
        var leadRows = table.HeaderRowCount > 0 ? table.HeaderRowCount : Math.Min(LeadRowsWithoutHeader, table.RowCount);

        foreach (var cell in table.Cells.OrderBy(c => c.Row).ThenBy(c => c.Col))
        {
            var text = LabelText.Squash(FullWidth.FoldWithStraightQuotes(cell.Text));
            if (text.Length == 0)
                continue;
            var isNumber = IsNumber(text);
            if (cell.Row < leadRows && !isNumber && text.Length <= MaxWordLength)
                header.Add(text);
            if (cell.Row < table.HeaderRowCount)
                continue;
            filled++;
            if (isNumber)
                numeric++;
            if (cell.Col <= 2 && CodeAtStart(text) is { } code)
                codes.Add(code);
            else if (!isNumber && cell.Col <= 1 && text.Length <= MaxWordLength && rowLabels.Count < MaxRowLabels)
                rowLabels.Add(text);
        }

        return new TableSignals(
            TitleNormaliser.Normalise(table.Title),
            header.Distinct().ToList(),
            rowLabels,
            KindOf(codes),
            filled == 0 ? 0 : (double)numeric / filled,
            table.ColCount,
            table.RowCount,
            table.HeaderRowCount);
    }

    private static CodeKind KindOf(IReadOnlySet<string> codes)
    {
        // One stray 3-digit number is not a code column; two distinct codes of a kind are.
        var kind = CodeKind.None;
        if (codes.Count(c => c[0] == '2') >= 2)
            kind |= CodeKind.Function;
        if (codes.Count(c => c[0] == '3') >= 2)
            kind |= CodeKind.Economic;
        return kind;
    }

    private static bool IsNumber(string text) => CellText.IsAmount(text) || CellText.IsPercent(text) || text is "-" or "—" or "--";

    // 208, 20805, 2080501, or the same followed by its name ("201 一般公共服务支出" loses its space when squashed);
    // a function or economic code, not the start of an amount.
    private static string? CodeAtStart(string text) =>
        CellText.ReadLeadingCode(text, out var rest) is { Family: CodeFamily.Function or CodeFamily.Economic } code
        && !rest.StartsWith('.') && !rest.StartsWith(',') ? code.Digits : null;
}
