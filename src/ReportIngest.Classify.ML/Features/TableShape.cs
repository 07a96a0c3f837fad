using ReportIngest.Core.Text;
using System.Globalization;
using System.Text.RegularExpressions;
using ReportIngest.Classify.Signals;
using ReportIngest.Core.Tables;

namespace ReportIngest.Classify.ML.Features;

/// <summary>
/// How a table is laid out, whatever its words: income beside expenditure (two-sided), how many columns hold
/// amounts, whether it is a form of targets and indicators (percentages, 指标, long text) rather than a table of
/// amounts. These hold across the provinces' templates where titles and header words do not.
/// </summary>
/// <param name="TwoSided">The header names 收入 and 支出 side by side, or a 项目 column twice.</param>
/// <param name="AmountColumns">Columns where most non-empty body cells are amounts.</param>
/// <param name="PercentShare">Share of non-empty body cells that end in %.</param>
/// <param name="LongTextShare">Share of non-empty cells longer than a label (sentences of a form).</param>
/// <param name="IndicatorWords">Any cell names 指标, 绩效 or 目标 (performance forms).</param>
/// <param name="ItemNumbers">The first column numbers its rows (序号, 1, 2, 3: lists of units or projects).</param>
public sealed partial record TableShape(bool TwoSided, int AmountColumns, double PercentShare, double LongTextShare, bool IndicatorWords, bool ItemNumbers)
{
    private const int LabelLength = 24;

    public static TableShape Of(Table table)
    {
        var header = table.Cells.Where(c => c.Row < Math.Max(1, table.HeaderRowCount)).Select(c => Clean(c.Text)).ToList();
        var twoSided = (header.Any(h => h.Contains("收入", StringComparison.Ordinal)) && header.Any(h => h.Contains("支出", StringComparison.Ordinal))
                        && header.Count(h => h is "收入" or "支出" || h.EndsWith("收入", StringComparison.Ordinal) || h.EndsWith("支出", StringComparison.Ordinal)) >= 2
                        && header.Any(h => h.Length <= 6 && h.Contains("收入", StringComparison.Ordinal)))
                       || header.Count(h => h == "项目") >= 2;

        var body = table.Cells.Where(c => c.Row >= table.HeaderRowCount).Select(c => (c.Col, Text: Clean(c.Text))).Where(c => c.Text.Length > 0).ToList();
        var amountColumns = body.GroupBy(c => c.Col).Count(g => g.Count(c => IsAmount(c.Text)) * 2 > g.Count());
        var all = table.Cells.Select(c => Clean(c.Text)).Where(t => t.Length > 0).ToList();
        var firstColumn = body.Where(c => c.Col == 0).Select(c => c.Text).ToList();
        return new TableShape(
            twoSided,
            amountColumns,
            body.Count == 0 ? 0 : (double)body.Count(c => c.Text.EndsWith('%')) / body.Count,
            all.Count == 0 ? 0 : (double)all.Count(t => t.Length > LabelLength) / all.Count,
            all.Any(t => Indicator().IsMatch(t)),
            firstColumn.Count >= 2 && firstColumn.Take(3).Select((t, i) => t == (i + 1).ToString(CultureInfo.InvariantCulture)).All(x => x)
                || header.Any(h => h == "序号"));
    }

    private static string Clean(string text) => LabelText.Squash(FullWidth.FoldWithStraightQuotes(text));

    private static bool IsAmount(string text) =>
        decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out _) || text is "-" or "—" or "--";

    [GeneratedRegex("指标|绩效|目标")]
    private static partial Regex Indicator();
}
