namespace ReportIngest.Classify.Signals;

/// <summary>What the classifiers look at in a table, computed once from its cells.</summary>
/// <param name="Title">The normalised title ("" when the table has none).</param>
/// <param name="HeaderWords">Header labels without whitespace, top row first; for a table without header rows, the short text cells of its first rows.</param>
/// <param name="RowLabels">Short text cells of the body rows' first columns (一般公共预算拨款收入, 工资福利支出…).</param>
/// <param name="Codes">Classification codes found in the body.</param>
/// <param name="NumericShare">Share of non-empty body cells that are amounts or numbers (0..1).</param>
public sealed record TableSignals(
    string Title,
    IReadOnlyList<string> HeaderWords,
    IReadOnlyList<string> RowLabels,
    CodeKind Codes,
    double NumericShare,
    int ColCount,
    int RowCount,
    int HeaderRowCount)
{
    public bool HasHeader(string word) => HeaderWords.Any(h => h.Contains(word, StringComparison.Ordinal));

    public bool HasRowLabel(string word) => RowLabels.Any(h => h.Contains(word, StringComparison.Ordinal));
}
