using System.Text.RegularExpressions;
using ReportIngest.Core.Facts;

namespace ReportIngest.Normalise.Narrative;

/// <summary>
/// How the national templates word the key figures, on compact folded text (no spaces; "(" ")" ":" "," ASCII).
/// At each position the longest wording wins, so 一般公共预算财政拨款支出 is one subject, not 财政拨款支出.
/// </summary>
public static class NarrativeLexicon
{
    private const string Quote = "[\"“”‘’'「」]?";

    public static IReadOnlyList<SubjectPhrase> Phrases { get; } =
    [
        Phrase(NarrativeSubjects.FiscalTotal, "财政拨款收(?:入)?支(?:出)?(?:预算|决算)?总(?:计|数|额|预算)", fund: SentenceFund.Fiscal),
        Phrase(NarrativeSubjects.IncomeExpenditureTotal, "收(?:入)?支(?:出)?(?:预算|决算)?总(?:计|数|额|预算)", generic: true),
        Phrase(NarrativeSubjects.IncomeThisYear, "本年(?:度)?收入(?:合计)?"),
        Phrase(NarrativeSubjects.ExpenditureThisYear, "本年(?:度)?支出(?:合计)?"),
        Phrase(NarrativeSubjects.IncomeTotal, "收入(?:总预算|预算|总计|总额)", generic: true),
        Phrase(NarrativeSubjects.ExpenditureTotal, "支出(?:总预算|预算|总计|总额)", generic: true),
        Phrase(NarrativeSubjects.FiscalIncome, "财政拨款(?:本年)?收入(?:合计)?(?:预算)?", fund: SentenceFund.Fiscal),
        Phrase(NarrativeSubjects.FiscalExpenditure, "财政拨款(?:本年)?支出(?:合计)?(?:预算)?", fund: SentenceFund.Fiscal),
        Phrase(NarrativeSubjects.GeneralBudgetIncome,
            "一般公共预算(?:财政)?(?:拨款)?(?:本年)?收入(?:合计)?(?:预算)?|一般公共预算当年(?:财政)?拨款", fund: SentenceFund.GeneralBudget),
        Phrase(NarrativeSubjects.GeneralBudgetBasic, "一般公共预算(?:财政)?(?:拨款)?基本支出(?:预算)?", fund: SentenceFund.GeneralBudget),
        Phrase(NarrativeSubjects.GeneralBudgetExpenditure, "一般公共预算(?:财政)?(?:拨款)?(?:本年)?支出(?:合计)?(?:预算)?", fund: SentenceFund.GeneralBudget),
        Phrase(NarrativeSubjects.Basic, "基本支出(?:预算)?", generic: true),
        Phrase(NarrativeSubjects.Project, "项目支出(?:预算)?", generic: true),
        Phrase(NarrativeSubjects.Personnel, "人员经费", generic: true),
        Phrase(NarrativeSubjects.PublicOperating, "(?:日常)?公用经费", generic: true),
        Phrase(NarrativeSubjects.ThreePublicTotal, $"{Quote}三公{Quote}经费(?:财政拨款)?(?:支出)?"),
        Phrase(NarrativeSubjects.ThreePublicOverseas, @"因公出国\(?境\)?(?:经)?费(?:用)?(?:支出)?"),
        Phrase(NarrativeSubjects.ThreePublicVehicles, @"公务用车购置及运行(?:维护)?费(?:支出)?"),
        Phrase(NarrativeSubjects.ThreePublicVehiclePurchase, @"公务用车购置费?(?:支出)?"),
        Phrase(NarrativeSubjects.ThreePublicVehicleOperation, @"公务用车运行(?:维护)?费(?:支出)?"),
        Phrase(NarrativeSubjects.ThreePublicReception, @"公务接待费(?:支出)?"),
        Phrase(NarrativeSubjects.OperatingCosts, "(?:财政拨款(?:的)?)?机关运行经费(?:支出)?"),
        Phrase(NarrativeSubjects.Procurement, "政府采购(?:预算|总额|金额)?(?:总额)?"),
        Barrier("政府性基金(?:预算)?(?:财政)?(?:拨款)?(?:收入|支出)?(?:预算)?", SentenceFund.OtherFund),
        Barrier("国有资本经营(?:预算)?(?:财政)?(?:拨款)?(?:收入|支出)?(?:预算)?", SentenceFund.OtherFund),
        Barrier("(?:上年|年初)结转(?:和)?(?:结余)?|结转下年|年末结转(?:和)?(?:结余)?"),
    ];

    /// <summary>
    /// Matches (empty) at every position where some phrase or barrier begins: one scan of the text finds the positions
    /// worth trying each phrase at, instead of trying every phrase at every character.
    /// </summary>
    public static Regex AnyPhraseStart { get; } = new(
        "(?=" + string.Join("|", Phrases.Select(p => p.Pattern.ToString()[@"\G".Length..])) + ")", RegexOptions.Compiled);

    /// <summary>
    /// The subject a sentence-wide total takes in a sentence about one fund: "本年支出合计" after
    /// "财政拨款本年收入合计…;" is 财政拨款 spending; after 政府性基金… it is no key figure (null).
    /// </summary>
    public static string? InFund(string subject, SentenceFund fund) => (fund, subject) switch
    {
        (SentenceFund.None, _) => subject,
        (SentenceFund.OtherFund, NarrativeSubjects.IncomeThisYear or NarrativeSubjects.IncomeTotal or
            NarrativeSubjects.ExpenditureThisYear or NarrativeSubjects.ExpenditureTotal) => null,
        (SentenceFund.Fiscal, NarrativeSubjects.IncomeThisYear or NarrativeSubjects.IncomeTotal) => NarrativeSubjects.FiscalIncome,
        (SentenceFund.Fiscal, NarrativeSubjects.ExpenditureThisYear or NarrativeSubjects.ExpenditureTotal) => NarrativeSubjects.FiscalExpenditure,
        (SentenceFund.GeneralBudget, NarrativeSubjects.IncomeThisYear or NarrativeSubjects.IncomeTotal) => NarrativeSubjects.GeneralBudgetIncome,
        (SentenceFund.GeneralBudget, NarrativeSubjects.ExpenditureThisYear or NarrativeSubjects.ExpenditureTotal) =>
            NarrativeSubjects.GeneralBudgetExpenditure,
        _ => subject,
    };

    /// <summary>
    /// What, printed just before generic wording, makes it another figure: a fund or kind of income (事业收入预算,
    /// 拨款支出预算), a parent figure (财政拨款基本支出 is read by its own wording) or a share (其他…).
    /// </summary>
    public static bool QualifiesGeneric(string textBefore) =>
        Qualifier.IsMatch(textBefore);

    private static readonly Regex Qualifier = new(
        "(?:拨款|基金|事业|其他|经营|结转|结余|补助|上缴|附属|转移|专项|债务|利息)$", RegexOptions.Compiled);

    // Interpreted, not compiled: each is tried only where AnyPhraseStart found some phrase beginning, and compiling
    // thirty of them (code emitted and compiled again in every process) was start-up time of the first document.
    private static SubjectPhrase Phrase(string subject, string pattern, bool generic = false, SentenceFund fund = SentenceFund.None) =>
        new(subject, new Regex(@"\G(?:" + pattern + ")"), generic, fund);

    private static SubjectPhrase Barrier(string pattern, SentenceFund fund = SentenceFund.None) =>
        new(null, new Regex(@"\G(?:" + pattern + ")"), Fund: fund);
}
