using System.Text.RegularExpressions;

namespace ReportIngest.Normalise.Narrative;

/// <summary>
/// The wording of one subject in compact text. A barrier (no subject) is wording that must stop a figure from being
/// read for the subject before it: 上年结转, 政府性基金拨款支出 and the like name figures that are not key figures.
/// </summary>
/// <param name="Generic">
/// Generic wording (收入预算, 基本支出) names the key figure only when no fund or kind qualifies it from the left
/// (政府性基金拨款支出预算, 事业收入预算 are other figures).
/// </param>
public sealed record SubjectPhrase(string? Subject, Regex Pattern, bool Generic = false)
{
    public bool IsBarrier => Subject is null;
}
