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
/// <param name="Fund">
/// The fund the wording names (财政拨款, 一般公共预算, or another fund for 政府性基金…): a sentence that names a fund
/// keeps it for the clauses that follow ("财政拨款本年收入合计X万元,…;本年支出合计Y万元" is 财政拨款 spending).
/// </param>
public sealed record SubjectPhrase(string? Subject, Regex Pattern, bool Generic = false, SentenceFund Fund = SentenceFund.None)
{
    public bool IsBarrier => Subject is null;
}
