using ReportIngest.Classify.Rules;
using ReportIngest.Classify.Signals;
using ReportIngest.Core.Documents;
using ReportIngest.Core.Tables;

namespace ReportIngest.Classify.ML.Features;

/// <summary>From a table and its context to the model's input row. The order of <see cref="NumericNames"/> is the model's contract.</summary>
public static class TableFeatureExtractor
{
    private const int ShapeCount = 18;
    private const int RuleCount = 20; // one per label of TableTypes.All: a keyword rule's verdict, one-hot

    public const int NumericCount = ShapeCount + 2 * RuleCount;

    public static readonly IReadOnlyList<string> NumericNames =
    [
        "col_count/20", "header_rows/4", "function_codes", "economic_codes", "no_codes", "numeric_share",
        "relative_position", "phase_budget", "phase_final", "title_missing", "header_missing",
        "two_sided", "amount_columns/10", "single_amount_column", "percent_share", "long_text_share", "indicator_words", "item_numbers",
        .. TableTypes.All.Select(label => "title_rule=" + label),
        .. TableTypes.All.Select(label => "header_top_rule=" + label),
    ];

    public static TableFeatureRow ToRow(Table table, TableContext context, string label = "")
    {
        var signals = TableSignalReader.Read(table);
        var shape = TableShape.Of(table);
        var title = TitleCore.Of(IsContinuation(signals, table) ? context.PreviousTitle : table.Title);
        var titleRule = TitleRules.Match(title)?.Type;
        var headerTopRule = TitleRules.Match(HeaderTop(table))?.Type;
        var position = context.TableCount <= 1 ? 0.5f : (float)context.Position / (context.TableCount - 1);
        return new TableFeatureRow
        {
            Label = label,
            Title = title,
            HeaderWords = string.Join(' ', signals.HeaderWords),
            RowLabels = string.Join(' ', signals.RowLabels.Select(StripNumbering)),
            Numeric =
            [
                Math.Min(1f, signals.ColCount / 20f),
                Math.Min(1f, signals.HeaderRowCount / 4f),
                Flag(signals.Codes.HasFlag(CodeKind.Function)),
                Flag(signals.Codes.HasFlag(CodeKind.Economic)),
                Flag(signals.Codes == CodeKind.None),
                (float)signals.NumericShare,
                Math.Clamp(position, 0f, 1f),
                Flag(context.Phase == ReportPhase.Budget),
                Flag(context.Phase == ReportPhase.Final),
                Flag(signals.Title.Length == 0),
                Flag(signals.HeaderRowCount == 0),
                Flag(shape.TwoSided),
                Math.Min(1f, shape.AmountColumns / 10f),
                Flag(shape.AmountColumns == 1),
                (float)shape.PercentShare,
                (float)shape.LongTextShare,
                Flag(shape.IndicatorWords),
                Flag(shape.ItemNumbers),
                .. TableTypes.All.Select(label => Flag(label == titleRule)),
                .. TableTypes.All.Select(label => Flag(label == headerTopRule)),
            ],
        };
    }

    // "一、财政拨款收入", "1.一般公共预算资金": the numbering differs by county, the words do not.
    private static string StripNumbering(string label) => TitleNormaliser.Normalise(label);

    // The top row read as a title: a header's spanning group labels (一般公共预算支出, 政府性基金预算支出, 国有资本经营预算支出)
    // name the table's kind where its own title is missing. Read whether or not reconstruction counted it as header: an
    // empty table's header is not told from its (absent) body.
    private static string HeaderTop(Table table) =>
        TitleNormaliser.Normalise(string.Concat(table.Cells.Where(c => c.Row == 0).OrderBy(c => c.Col).Select(c => c.Text)));

    // A part continued from an earlier page: no title, no header, and it starts with a row of amounts.
    private static bool IsContinuation(TableSignals signals, Table table) =>
        signals.Title.Length == 0 && table.HeaderRowCount == 0 && table.Cells.Any(c => c.Row == 0 && IsAmount(c.Text));

    private static bool IsAmount(string text) =>
        decimal.TryParse(text.Trim(), System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out _);

    private static float Flag(bool value) => value ? 1f : 0f;
}
