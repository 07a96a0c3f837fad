using ReportIngest.Core.Documents;

namespace ReportIngest.Normalise.Metadata;

/// <summary>Budget (预算) or final account (决算), from the title page and then the table titles.</summary>
public static class PhaseDetector
{
    public const int TitlePageLines = 40;

    public static ReportPhase? Detect(IReadOnlyList<string> text, IEnumerable<string> tableTitles)
    {
        foreach (var line in text.Take(TitlePageLines))
        {
            if (line.Contains("决算", StringComparison.Ordinal)) return ReportPhase.Final;
            if (line.Contains("预算", StringComparison.Ordinal)) return ReportPhase.Budget;
        }
        var titles = tableTitles.ToList();
        var finals = titles.Count(t => t.Contains("决算", StringComparison.Ordinal));
        var budgets = titles.Count(t => t.Contains("预算", StringComparison.Ordinal) && !t.Contains("决算", StringComparison.Ordinal));
        return finals > budgets ? ReportPhase.Final : budgets > 0 ? ReportPhase.Budget : null;
    }
}
