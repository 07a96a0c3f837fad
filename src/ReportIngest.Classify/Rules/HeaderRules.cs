using ReportIngest.Classify.Signals;
using ReportIngest.Core.Tables;

namespace ReportIngest.Classify.Rules;

/// <summary>The fallback when the title says nothing: the header words, row labels and codes of the table.</summary>
public static class HeaderRules
{
    private const double Likely = 0.6;
    private const double Guess = 0.45;

    public static RuleMatch Match(TableSignals s)
    {
        if (s.HasHeader("年度主要任务") || (s.HasHeader("部门名称") && s.HasHeader("整体")))
            return new(TableTypes.OverallPerformance, Likely, "header:年度主要任务");
        if (s.HasHeader("指标") || s.HasHeader("绩效") || s.HasHeader("年度目标") || s.HasHeader("项目负责人") || s.HasHeader("基本情况"))
            return new(TableTypes.ProjectPerformance, Likely, "header:绩效指标");
        if (s.HasHeader("因公出国") || s.HasHeader("公务接待") || s.HasRowLabel("因公出国"))
            return new(TableTypes.ThreePublic, Likely, "header:三公");
        if (s.HasHeader("采购"))
            return new(TableTypes.Procurement, Likely, "header:采购");
        if (s.HasHeader("单位基本性质") || s.HasHeader("经费形式") || s.HasHeader("单位性质"))
            return new(TableTypes.UnitList, Likely, "header:单位性质");
        if (IsTwoSided(s))
            return s.HasHeader("财政拨款") || s.HasHeader("国有资本经营")
                ? new(TableTypes.FiscalSummary, Guess, "header:两栏财政拨款")
                : new(TableTypes.IncomeExpenditureSummary, Guess, "header:两栏");
        if (s.HasHeader("人员经费") && s.HasHeader("公用经费"))
            return new(TableTypes.GeneralBasicExpenditure, Likely, "header:人员公用经费");
        if (s.Codes == CodeKind.Economic)
            return new(TableTypes.FiscalExpenditureEconomic, Guess, "codes:经济分类");
        if (s.HasHeader("事业收入") || s.HasHeader("上级补助收入") || s.HasHeader("本年收入合计") || s.HasHeader("单位资金"))
            return new(TableTypes.IncomeSummary, Guess, "header:收入来源");
        if (s.HasHeader("上缴上级支出") || s.HasHeader("对附属单位补助") || s.HasHeader("经营支出"))
            return new(TableTypes.ExpenditureSummary, Guess, "header:支出去向");
        if (s.HasHeader("项目名称"))
            return new(TableTypes.ProjectList, Guess, "header:项目名称");
        if (s.HasHeader("基本支出") && s.HasHeader("项目支出"))
            return new(TableTypes.ExpenditureSummary, Guess, "header:基本项目支出");
        return new(TableTypes.Other, 0.3, "none");
    }

    private static bool IsTwoSided(TableSignals s) =>
        s.HeaderWords.Any(w => w is "收入" or "财政拨款收入" or "收入项目")
        && s.HeaderWords.Any(w => w is "支出" or "财政拨款支出" or "支出项目");
}
