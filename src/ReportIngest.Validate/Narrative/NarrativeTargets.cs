using ReportIngest.Core.Facts;
using ReportIngest.Core.Tables;
using ReportIngest.Validate.Model;

namespace ReportIngest.Validate.Narrative;

/// <summary>Each narrative subject mapped to the table facts of the national templates it restates.</summary>
public static class NarrativeTargets
{
    private const string Summary = TableTypes.IncomeExpenditureSummary;
    private const string Fiscal = TableTypes.FiscalSummary;

    // Targets that several subjects share (declared before BySubject, which reads them as it is built).
    private static readonly NarrativeTarget SummaryIncomeGrandTotal = TwoSided(Summary, "收支总表 收入总计 [income.total]", l => l.IncomeGrandTotal, "income.total");
    private static readonly NarrativeTarget SummaryExpenditureGrandTotal = TwoSided(Summary, "收支总表 支出总计 [expenditure.total]", l => l.ExpenditureGrandTotal, "expenditure.total");
    private static readonly NarrativeTarget SummaryIncomeThisYear = TwoSided(Summary, "收支总表 本年收入合计 [income.total]", l => l.IncomeCurrentTotal, "income.total");
    private static readonly NarrativeTarget SummaryExpenditureThisYear = TwoSided(Summary, "收支总表 本年支出合计 [expenditure.total]", l => l.ExpenditureCurrentTotal, "expenditure.total");
    private static readonly NarrativeTarget IncomeTableTotal = GrandTotal(TableTypes.IncomeSummary, "收入总表 合计 [total]", "total");
    private static readonly NarrativeTarget ExpenditureTableTotal = GrandTotal(TableTypes.ExpenditureSummary, "支出总表 合计 [total]", "total");
    private static readonly NarrativeTarget FiscalIncomeGrandTotal = TwoSided(Fiscal, "财政拨款收支总表 收入总计 [income.total]", l => l.IncomeGrandTotal, "income.total");
    private static readonly NarrativeTarget GeneralTotal = GrandTotal(TableTypes.GeneralExpenditure, "一般公共预算支出表 合计 [total]", "total");
    private static readonly NarrativeTarget GeneralBasic = GrandTotal(TableTypes.GeneralExpenditure, "一般公共预算支出表 合计 [basic]", "basic");
    private static readonly NarrativeTarget BasicTableTotal = new NarrativeTarget(TableTypes.GeneralBasicExpenditure, "一般公共预算基本支出表 total", t => [TableTotals.BasicSpending(t)]);

    public static IReadOnlyDictionary<string, NarrativeSubject> BySubject { get; } = new NarrativeSubject[]
    {
        new(NarrativeSubjects.IncomeExpenditureTotal, true,
        [
            SummaryIncomeGrandTotal,
            SummaryExpenditureGrandTotal,
        ]),
        new(NarrativeSubjects.IncomeTotal, false,
        [
            SummaryIncomeGrandTotal,
            SummaryIncomeThisYear,
            IncomeTableTotal,
        ]),
        new(NarrativeSubjects.IncomeThisYear, true,
        [
            SummaryIncomeThisYear,
            IncomeTableTotal,
        ]),
        new(NarrativeSubjects.ExpenditureTotal, false,
        [
            SummaryExpenditureGrandTotal,
            SummaryExpenditureThisYear,
            ExpenditureTableTotal,
        ]),
        new(NarrativeSubjects.ExpenditureThisYear, true,
        [
            SummaryExpenditureThisYear,
            ExpenditureTableTotal,
        ]),
        new(NarrativeSubjects.FiscalTotal, true,
        [
            FiscalIncomeGrandTotal,
            TwoSided(Fiscal, "财政拨款收支总表 支出总计 [expenditure.total]", l => l.ExpenditureGrandTotal, "expenditure.total"),
        ]),
        new(NarrativeSubjects.FiscalIncome, false,
        [
            TwoSided(Fiscal, "财政拨款收支总表 本年收入 [income.total]", l => l.IncomeCurrentTotal, "income.total"),
            FiscalIncomeGrandTotal,
            Named(Summary, "收支总表 财政拨款收入 [income.total]", "财政拨款", "income.total"),
            GrandTotal(TableTypes.IncomeSummary, "收入总表 合计 [fiscal]", "fiscal"),
        ]),
        new(NarrativeSubjects.FiscalExpenditure, false,
        [
            TwoSided(Fiscal, "财政拨款收支总表 本年支出 [expenditure.total]", l => l.ExpenditureThisYear, "expenditure.total"),
            TwoSided(Fiscal, "财政拨款收支总表 支出总计 [expenditure.total]", l => l.ExpenditureGrandTotal, "expenditure.total"),
        ]),
        new(NarrativeSubjects.GeneralBudgetIncome, false,
        [
            TwoSided(Fiscal, "财政拨款收支总表 本年收入 [income.general_budget]", l => l.IncomeCurrentTotal, "income.general_budget"),
            Named(Fiscal, "财政拨款收支总表 一般公共预算 [income.total]", "一般公共预算", "income.total"),
            Named(Summary, "收支总表 一般公共预算 [income.total]", "一般公共预算", "income.total"),
            GeneralTotal,
        ]),
        new(NarrativeSubjects.GeneralBudgetExpenditure, false,
        [
            GeneralTotal,
            TwoSided(Fiscal, "财政拨款收支总表 本年支出 [expenditure.general_budget]", l => l.ExpenditureThisYear, "expenditure.general_budget"),
        ]),
        new(NarrativeSubjects.GeneralBudgetBasic, false,
        [
            BasicTableTotal,
            GeneralBasic,
        ]),
        new(NarrativeSubjects.Basic, false,
        [
            GrandTotal(TableTypes.ExpenditureSummary, "支出总表 合计 [basic]", "basic"),
            GeneralBasic,
            BasicTableTotal,
        ]),
        new(NarrativeSubjects.Project, false,
        [
            GrandTotal(TableTypes.ExpenditureSummary, "支出总表 合计 [project]", "project"),
            GrandTotal(TableTypes.GeneralExpenditure, "一般公共预算支出表 合计 [project]", "project"),
            GrandTotal(TableTypes.GeneralProjectExpenditure, "一般公共预算项目支出表 合计 [total]", "total"),
        ]),
        new(NarrativeSubjects.Personnel, false,
        [
            Totals(TableTypes.GeneralBasicExpenditure, "一般公共预算基本支出表 total [personnel]", "personnel"),
            Named(TableTypes.GeneralBasicExpenditure, "一般公共预算基本支出表 人员经费 line", "人员经费", "total"),
        ]),
        new(NarrativeSubjects.PublicOperating, false,
        [
            Totals(TableTypes.GeneralBasicExpenditure, "一般公共预算基本支出表 total [public_operating]", "public_operating"),
            Named(TableTypes.GeneralBasicExpenditure, "一般公共预算基本支出表 公用经费 line", "公用经费", "total"),
        ]),
        ThreePublic(NarrativeSubjects.ThreePublicTotal, "three_public.total"),
        ThreePublic(NarrativeSubjects.ThreePublicOverseas, "three_public.overseas"),
        ThreePublic(NarrativeSubjects.ThreePublicVehicles, "three_public.vehicles"),
        ThreePublic(NarrativeSubjects.ThreePublicVehiclePurchase, "three_public.vehicle_purchase"),
        ThreePublic(NarrativeSubjects.ThreePublicVehicleOperation, "three_public.vehicle_operation"),
        ThreePublic(NarrativeSubjects.ThreePublicReception, "three_public.reception"),
        new(NarrativeSubjects.OperatingCosts, true,
        [
            Headline(TableTypes.ThreePublic, "三公 table [operating_costs]", "operating_costs"),
            GrandTotal(TableTypes.OperatingCosts, "机关运行经费表 合计 [total]", "total"),
        ]),
        new(NarrativeSubjects.Procurement, false,
        [
            GrandTotal(TableTypes.Procurement, "政府采购表 合计 [total]", "total"),
        ]),
    }.ToDictionary(s => s.Key);

    private static NarrativeSubject ThreePublic(string subject, string measure) =>
        new(subject, true, [Headline(TableTypes.ThreePublic, $"三公 table [{measure}]", measure)]);

    private static NarrativeTarget TwoSided(string type, string description, Func<TwoSidedLines, TableLine?> line, string measure) =>
        new(type, description, t => [line(new TwoSidedLines(t))?.AmountOf(measure)]);

    private static NarrativeTarget GrandTotal(string type, string description, string measure) =>
        new(type, description, t => [TableTotals.GrandTotal(t, measure)]);

    /// <summary>Every total line (合计, 人员经费合计) of the table, in the measure's column.</summary>
    private static NarrativeTarget Totals(string type, string description, string measure) =>
        new(type, description, t => t.Lines.Where(l => !l.IsCoded && LineNames.IsTotal(l.CompactName)).Select(l => l.AmountOf(measure)));

    /// <summary>Uncoded lines whose label contains the words ("一、一般公共预算拨款收入").</summary>
    private static NarrativeTarget Named(string type, string description, string words, string measure) =>
        new(type, description, t => t.Lines.Where(l => !l.IsCoded && l.CompactName.Contains(words, StringComparison.Ordinal))
            .Select(l => l.AmountOf(measure)));

    /// <summary>The table's 合计 line where it prints one, else every line (a 三公 table is often one line).</summary>
    private static NarrativeTarget Headline(string type, string description, string measure) =>
        new(type, description, t =>
        {
            var total = TableTotals.GrandTotal(t);
            return total is not null ? [total.AmountOf(measure)] : t.Lines.Select(l => l.AmountOf(measure));
        });
}
