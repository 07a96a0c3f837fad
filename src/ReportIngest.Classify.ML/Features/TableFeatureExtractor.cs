using ReportIngest.Classify.Signals;
using ReportIngest.Core.Documents;
using ReportIngest.Core.Tables;

namespace ReportIngest.Classify.ML.Features;

/// <summary>From a table and its context to the model's input row. The order of <see cref="NumericNames"/> is the model's contract.</summary>
public static class TableFeatureExtractor
{
    public const int NumericCount = 11;

    public static readonly IReadOnlyList<string> NumericNames =
    [
        "col_count/20", "header_rows/4", "function_codes", "economic_codes", "no_codes", "numeric_share",
        "relative_position", "phase_budget", "phase_final", "title_missing", "header_missing",
    ];

    public static TableFeatureRow ToRow(Table table, TableContext context, string label = "")
    {
        var signals = TableSignalReader.Read(table);
        var position = context.TableCount <= 1 ? 0.5f : (float)context.Position / (context.TableCount - 1);
        return new TableFeatureRow
        {
            Label = label,
            Title = signals.Title,
            HeaderWords = string.Join(' ', signals.HeaderWords),
            RowLabels = string.Join(' ', signals.RowLabels),
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
            ],
        };
    }

    private static float Flag(bool value) => value ? 1f : 0f;
}
