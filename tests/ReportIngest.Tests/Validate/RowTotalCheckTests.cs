using ReportIngest.Core.Facts;
using ReportIngest.Core.Tables;
using ReportIngest.Validate.Checks;
using ReportIngest.Validate.Model;

namespace ReportIngest.Tests.Validate;

public sealed class RowTotalCheckTests
{
    [Fact]
    public void Checks_total_and_nested_splits_of_a_line()
    {
        // 000 财政拨款支出预算表（部门经济分类科目）, line 302 商品和服务支出.
        string[] columns =
        [
            "total", "current_year", "current_year.general_budget", "current_year.general_budget.basic",
            "current_year.general_budget.project", "carryover", "carryover.general_budget",
            "carryover.general_budget.basic", "carryover.general_budget.project",
        ];
        var builder = new DocumentBuilder();
        builder.Table(4, TableTypes.FiscalExpenditureEconomic, columns)
            .Line("economic", "302", "商品和服务支出", 103.59m, 89.19m, 89.19m, 50.07m, 39.13m, 14.40m, 14.40m, 4.11m, 10.29m);

        var results = Run(builder);

        Assert.Equal(
            [
                "total = current_year + carryover",
                "current_year.general_budget = current_year.general_budget.basic + current_year.general_budget.project",
                "carryover.general_budget = carryover.general_budget.basic + carryover.general_budget.project",
            ],
            results.Select(r => r.Description[(r.Description.IndexOf(": ", StringComparison.Ordinal) + 2)..r.Description.IndexOf(" (tol", StringComparison.Ordinal)]));
        Assert.All(results, r => Assert.True(r.Passed));
        Assert.Equal(["r1c1", "r1c2", "r1c6"], results[0].Cells);
    }

    [Fact]
    public void Skips_a_line_with_a_single_part_printed()
    {
        var builder = new DocumentBuilder();
        builder.Table(0, TableTypes.ExpenditureSummary, ["total", "basic", "project"])
            .Line("function", "2101501", "行政运行", 1269.95m, 1269.59m, null)
            .Line("function", "2101506", "医疗保障经办事务", 258.17m, 254.17m, 4.00m);

        Assert.Single(Run(builder));
        Assert.Equal(2, new RowTotalCheck(minimumPartsInLine: 1).Run(View(builder)).Count());
    }

    [Fact]
    public void A_wrong_part_fails_with_the_line_cells()
    {
        var builder = new DocumentBuilder();
        builder.Table(3, TableTypes.ExpenditureSummary, ["total", "basic", "project"])
            .Line("function", "21015", "医疗保障管理事务", 365.45m, 321.00m, 53.45m);

        var result = Assert.Single(Run(builder));

        Assert.False(result.Passed);
        Assert.Equal((374.45m, 365.45m), (result.Expected, result.Actual));
        Assert.Equal(["r1c1", "r1c2", "r1c3"], result.Cells);
    }

    [Fact]
    public void Does_not_split_income_or_overlapping_fund_columns()
    {
        var builder = new DocumentBuilder();
        builder.Table(0, TableTypes.IncomeExpenditureSummary, ["income.total", "income.basic", "income.project"])
            .Line("", "", "本年收入合计", 10m, 4m, 5m);
        builder.Table(1, TableTypes.IncomeSummary, ["carryover", "carryover.fiscal_appropriation", "carryover.general_budget"])
            .Line("function", "210", "卫生健康支出", 6.50m, 6.50m, 6.50m);

        Assert.Empty(Run(builder));
    }

    [Fact]
    public void Checks_three_public_parts_and_budget_columns_apart()
    {
        // 001 财政拨款"三公"经费支出决算表: 预算数 and 决算数 side by side.
        string[] columns =
        [
            "budget.three_public.total", "budget.three_public.vehicles", "budget.three_public.reception",
            "three_public.total", "three_public.vehicles", "three_public.reception",
        ];
        var builder = new DocumentBuilder();
        builder.Table(9, TableTypes.ThreePublic, columns).Line("", "", "", 2.06m, 1.60m, 0.46m, 2.06m, 1.60m, 0.56m);

        var results = Run(builder);

        Assert.Equal(2, results.Count);
        Assert.True(results[0].Passed);
        Assert.False(results[1].Passed);
        Assert.Equal(["r1c4", "r1c5", "r1c6"], results[1].Cells);
    }

    private static DocumentView View(DocumentBuilder builder) => DocumentView.From(builder.Build());

    private static List<CheckResult> Run(DocumentBuilder builder) => new RowTotalCheck().Run(View(builder)).ToList();
}
