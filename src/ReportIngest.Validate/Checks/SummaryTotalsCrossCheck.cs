using ReportIngest.Core.Facts;
using ReportIngest.Core.Tables;
using ReportIngest.Validate.Model;

namespace ReportIngest.Validate.Checks;

/// <summary>
/// Totals that two tables print by definition of the national templates. Only identities are compared:
/// <list type="bullet">
/// <item>部门支出总表 合计 = 收支总表 本年支出合计 (both phases);</item>
/// <item>部门收入总表 合计 = 收支总表 收入总计 in a budget (the income table includes 上年结转), = 本年收入合计 in a
/// final account (收入决算表 lists this year's income only); skipped when the phase is unknown;</item>
/// <item>一般公共预算支出表 合计 = 财政拨款收支总表 本年支出 一般公共预算 (both phases);</item>
/// <item>一般公共预算基本支出表 total = 一般公共预算支出表 合计 基本支出 (both phases);</item>
/// <item>budget only: 一般公共预算项目支出表 合计 = 一般公共预算支出表 合计 项目支出, or, where the latter has no
/// basic/project columns, 一般公共预算支出表 合计 = 基本支出表 + 项目支出表 (a final account's project table may
/// cover every fund).</item>
/// </list>
/// Pairs such as 部门支出总表 基本支出 = 一般公共预算基本支出表 are not compared: they hold only when no other fund
/// pays basic spending. A pair is skipped when either table type appears more than once.
/// </summary>
public sealed class SummaryTotalsCrossCheck : ICheck
{
    public string Kind => CheckKinds.CrossTable;

    public IEnumerable<CheckResult> Run(DocumentView document)
    {
        var summary = document.Single(TableTypes.IncomeExpenditureSummary);
        var income = document.Single(TableTypes.IncomeSummary);
        var spending = document.Single(TableTypes.ExpenditureSummary);
        var fiscal = document.Single(TableTypes.FiscalSummary);
        var general = document.Single(TableTypes.GeneralExpenditure);
        var basic = document.Single(TableTypes.GeneralBasicExpenditure);
        var project = document.Single(TableTypes.GeneralProjectExpenditure);
        var results = new List<CheckResult?>();

        if (spending is not null && summary is not null && new TwoSidedLines(summary).ExpenditureThisYear is { } spent)
            results.Add(Compare(spending, TableTotals.GrandTotal(spending, "total"), "部门支出总表 合计",
                summary, spent.AmountOf("expenditure.total"), $"收支总表 '{spent}' (this year's spending)"));

        if (income is not null && summary is not null && (document.IsBudget || document.IsFinal))
        {
            var lines = new TwoSidedLines(summary);
            var (line, label) = document.IsBudget
                ? (lines.IncomeGrandTotal, "收支总表 收入总计 (budget: the income table includes 上年结转)")
                : (lines.IncomeCurrentTotal, "收支总表 本年收入合计 (final account: this year's income only)");
            results.Add(Compare(income, TableTotals.GrandTotal(income, "total"), "部门收入总表 合计",
                summary, line?.AmountOf("income.total"), label));
        }

        if (general is not null && fiscal is not null && TableTotals.GeneralBudgetSpendingMeasure(fiscal) is { } measure &&
            new TwoSidedLines(fiscal).ExpenditureThisYear is { } fiscalSpent)
            results.Add(Compare(general, TableTotals.GrandTotal(general, "total"), "一般公共预算支出表 合计",
                fiscal, fiscalSpent.AmountOf(measure), $"财政拨款收支总表 '{fiscalSpent}' [{measure}] (this year's spending)"));

        if (basic is not null && general is not null)
            results.Add(Compare(basic, TableTotals.BasicSpending(basic), "一般公共预算基本支出表 total",
                general, TableTotals.GrandTotal(general, "basic"), "一般公共预算支出表 合计 [basic]"));

        if (document.IsBudget && project is not null && general is not null)
        {
            results.Add(Compare(project, TableTotals.GrandTotal(project, "total"), "一般公共预算项目支出表 合计",
                general, TableTotals.GrandTotal(general, "project"), "一般公共预算支出表 合计 [project]"));
            if (basic is not null && !general.HasMeasure("basic") && !general.HasMeasure("project"))
                results.Add(Compare(general, TableTotals.GrandTotal(general, "total"), "一般公共预算支出表 合计",
                    basic, SumOfParts(basic, project), $"基本支出表 total + 项目支出表 (table {project.Index}) 合计",
                    cellsQualified: true));
        }
        return results.OfType<CheckResult>();
    }

    private static Amount? SumOfParts(TableView basic, TableView project) =>
        TableTotals.BasicSpending(basic) is { } b && TableTotals.GrandTotal(project, "total") is { } p
            ? b.InTable(basic.Index) + p.InTable(project.Index)
            : null;

    private CheckResult? Compare(TableView table, Amount? printed, string label, TableView other, Amount? restated, string otherLabel,
        bool cellsQualified = false)
    {
        if (printed is null || restated is null)
            return null;
        var cells = cellsQualified ? restated : restated.InTable(other.Index);
        return Comparison.Make(Kind, table.Index, other.Index,
            $"table {table.Index} {label} = table {other.Index} {otherLabel}", cells, printed);
    }
}
