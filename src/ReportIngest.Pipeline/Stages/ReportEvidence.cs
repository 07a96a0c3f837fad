using ReportIngest.Core.Facts;

namespace ReportIngest.Pipeline.Stages;

/// <summary>
/// Whether what went through the stages is a budget or final-accounts report at all. A report whose digits cannot be
/// read still has tables the classifier recognises (收支总表, 支出预算表 …) and loads, flagged for attention; a file with
/// no amount read and no table confidently of a report's type (a README or a list of sources that found its way into a
/// folder of reports) is not loaded as a report but recorded as failed, with the reason.
/// </summary>
public static class ReportEvidence
{
    /// <returns>Why the document is not a report; null when it is one (or may be).</returns>
    public static string? NotAReport(ValidatedDocument validated, double reviewThreshold)
    {
        var normalised = validated.Normalised;
        if (normalised.Facts.Count > 0) return null;
        var labels = normalised.Classified.Labels;
        if (labels.Any(l => l.Confidence >= reviewThreshold)) return null;
        return labels.Count == 0
            ? "not a budget or final-accounts report: no table and no amount found"
            : $"not a budget or final-accounts report: no amount read and none of its {labels.Count} table{(labels.Count == 1 ? " is" : "s is")} of a report's type";
    }
}
