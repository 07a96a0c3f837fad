using ReportIngest.Core.Text;
using ReportIngest.Core.Facts;
using ReportIngest.Core.Tables;
using ReportIngest.Normalise.Measures;

namespace ReportIngest.Normalise.Rows;

/// <summary>
/// The check after classification: a table labelled as one of amounts whose body says otherwise gives no facts.
/// A performance form (指标 columns, percentages), a contents page (leader dots), running prose (sentences in the
/// cells) or a table with no amount column at all cannot be read as amounts, whatever its label; loading it would
/// put weights, percentages and page numbers into v_fact.
/// </summary>
internal static class LabelGuard
{
    private const double PercentShare = 0.2;
    private const double SentenceShare = 0.3;
    private const int SentenceLength = 30;

    /// <summary>Why the table's body contradicts its label, or null when it does not (or the label gives no facts anyway).</summary>
    public static string? Contradiction(Table table, TableLabel label, TableMapping mapping)
    {
        if (TableTypes.IsNonFinancial(label.Type))
            return null;
        var cells = table.Cells.Select(c => c.Text.Trim()).Where(t => t.Length > 0).ToList();
        if (cells.Count == 0)
            return null;
        if (cells.Any(t => t.Contains("指标", StringComparison.Ordinal)))
            return "it has 指标 (indicator) cells: a performance form";
        var body = table.Cells.Where(c => c.Row >= table.HeaderRowCount).Select(c => c.Text.Trim()).Where(t => t.Length > 0).ToList();
        var numbers = body.Where(t => CellText.TryReadValue(t.TrimEnd('%', '％'), out _)).ToList();
        if (numbers.Count > 0 && numbers.Count(t => t.EndsWith('%') || t.EndsWith('％')) >= PercentShare * numbers.Count)
            return "its numbers are percentages";
        if (cells.Count(t => t.Contains('…') || t.Contains("··") || t.Contains("....", StringComparison.Ordinal)) >= 2)
            return "its cells have leader dots: a contents page";
        if (cells.Count(t => t.Length >= SentenceLength && (t.Contains('。') || t.Contains('，'))) >= SentenceShare * cells.Count)
            return "its cells are sentences: running text";
        if (body.Count > 0 && mapping.ColumnMeasures.All(m => m is null) && mapping.Unmapped.Count == 0)
            return "it has no amount column";
        return null;
    }
}
