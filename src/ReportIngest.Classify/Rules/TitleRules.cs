using ReportIngest.Core.Tables;

namespace ReportIngest.Classify.Rules;

/// <summary>
/// Title keywords to labels, most specific first: a 政府性基金"三公" title must be caught before the plain
/// 三公 rule, 一般公共预算基本支出 before 一般公共预算. Titles are already normalised (<see cref="Signals.TitleNormaliser"/>).
/// </summary>
public static class TitleRules
{
    private const double Strong = 0.95;
    private const double Weak = 0.75;

    public static RuleMatch? Match(string title)
    {
        if (title.Length == 0)
            return null;
        bool Has(string word) => title.Contains(word, StringComparison.Ordinal);

        if (Has("绩效"))
            return Has("整体") ? new(TableTypes.OverallPerformance, Strong, "title:整体绩效")
                : new(TableTypes.ProjectPerformance, Strong, "title:绩效");
        if (Has("三公"))
            return Has("政府性基金") ? new(TableTypes.GovFundThreePublic, Strong, "title:政府性基金三公")
                : new(TableTypes.ThreePublic, Strong, "title:三公");
        if (Has("机关运行经费"))
            return new(TableTypes.OperatingCosts, Strong, "title:机关运行经费");
        if (Has("采购"))
            return new(TableTypes.Procurement, Strong, "title:采购");
        if (Has("机构设置") || Has("单位构成") || Has("单位名单") || Has("单位范围"))
            return new(TableTypes.UnitList, Strong, "title:单位构成");
        if (Has("政府性基金"))
            return new(TableTypes.GovFundExpenditure, Strong, "title:政府性基金");
        if (Has("国有资本经营"))
            return new(TableTypes.StateCapitalExpenditure, Strong, "title:国有资本经营");
        if (Has("一般公共预算"))
            return Has("基本支出") ? new(TableTypes.GeneralBasicExpenditure, Strong, "title:一般公共预算基本支出")
                : Has("项目支出") ? new(TableTypes.GeneralProjectExpenditure, Strong, "title:一般公共预算项目支出")
                : new(TableTypes.GeneralExpenditure, Strong, "title:一般公共预算");
        if (Has("财政拨款"))
            return Has("收支") || Has("收入支出") ? new(TableTypes.FiscalSummary, Strong, "title:财政拨款收支")
                : Has("功能") ? new(TableTypes.FiscalExpenditureFunction, Strong, "title:财政拨款功能分类")
                : Has("经济分类") || Has("明细") ? new(TableTypes.FiscalExpenditureEconomic, Strong, "title:财政拨款经济分类")
                : new(TableTypes.FiscalExpenditureEconomic, Weak, "title:财政拨款支出");
        if (Has("项目支出明细") || Has("项目明细"))
            return new(TableTypes.ProjectList, Strong, "title:项目明细");
        if (Has("项目支出"))
            return new(TableTypes.GeneralProjectExpenditure, Weak, "title:项目支出");
        if (Has("基本支出"))
            return new(TableTypes.GeneralBasicExpenditure, Weak, "title:基本支出");
        if (Has("收支") || Has("收入支出"))
            return new(TableTypes.IncomeExpenditureSummary, Has("总") ? Strong : Weak, "title:收支");
        if (Has("收入"))
            return new(TableTypes.IncomeSummary, Has("总") || Has("决算") || Has("预算") ? Strong : Weak, "title:收入");
        if (Has("支出"))
            return new(TableTypes.ExpenditureSummary, Has("总") || Has("决算") || Has("预算") ? Strong : Weak, "title:支出");
        return null;
    }
}
