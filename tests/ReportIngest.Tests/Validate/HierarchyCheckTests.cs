using ReportIngest.Core.Facts;
using ReportIngest.Core.Tables;
using ReportIngest.Validate;
using ReportIngest.Validate.Checks;
using ReportIngest.Validate.Model;

namespace ReportIngest.Tests.Validate;

public sealed class HierarchyCheckTests
{
    private static readonly string[] TotalBasicProject = ["total", "basic", "project"];

    [Fact]
    public void Checks_each_level_and_measure_from_real_figures()
    {
        // 002 单位支出总体情况表, 208 and 221 blocks.
        var builder = new DocumentBuilder();
        builder.Table(0, TableTypes.ExpenditureSummary, TotalBasicProject)
            .Line("function", "221", "住房保障支出", 46.42m, 46.42m, null)
            .Line("function", "22102", "住房改革支出", 46.42m, 46.42m, null)
            .Line("function", "2210201", "住房公积金", 46.42m, 46.42m, null);

        var results = Run(builder);

        Assert.Equal(4, results.Count);
        Assert.All(results, r => Assert.True(r.Passed));
        var classLevel = results.Single(r => r.Description.Contains("类 221") && r.Description.Contains("[total]"));
        Assert.Equal(["r1c1", "r2c1"], classLevel.Cells);
    }

    [Fact]
    public void Bridges_a_level_the_table_does_not_print()
    {
        var builder = new DocumentBuilder();
        builder.Table(0, TableTypes.ExpenditureSummary, ["total"])
            .Line("function", "210", "卫生健康支出", 30.00m)
            .Line("function", "2101101", "行政单位医疗", 10.00m)
            .Line("function", "2101501", "行政运行", 21.00m);

        var result = Assert.Single(Run(builder));

        Assert.False(result.Passed);
        Assert.Equal((31.00m, 30.00m), (result.Expected, result.Actual));
        Assert.Contains("2 项 lines", result.Description);
    }

    [Fact]
    public void Treats_each_budget_units_block_as_its_own_tree()
    {
        var builder = new DocumentBuilder();
        builder.Table(0, TableTypes.ExpenditureSummary, ["total"])
            .Total("合计", 15.00m)
            .Total("单位一", 10.00m)
            .Line("function", "210", "卫生健康支出", 10.00m)
            .Line("function", "21011", "行政事业单位医疗", 10.00m)
            .Total("单位二", 5.00m)
            .Line("function", "210", "卫生健康支出", 5.00m)
            .Line("function", "21011", "行政事业单位医疗", 5.00m);

        var validated = DocumentValidator.Default.Validate(builder.Build());

        Assert.Equal(2, validated.Checks.Count(c => c.Kind == CheckKinds.Hierarchy));
        var total = Assert.Single(validated.Checks, c => c.Kind == CheckKinds.TotalRow);
        Assert.Equal(15.00m, total.Expected);
        // A one-table document is incomplete; every arithmetic check passes.
        Assert.Equal([CheckKinds.Completeness], validated.Checks.Where(c => !c.Passed).Select(c => c.Kind));
    }

    [Fact]
    public void Counts_a_duplicated_line_once()
    {
        // 000 财政拨款支出预算表 prints 30399 twice with the same amount.
        var builder = new DocumentBuilder();
        builder.Table(0, TableTypes.FiscalExpenditureEconomic, ["total"])
            .Line("economic", "303", "对个人和家庭的补助", 23.08m)
            .Line("economic", "30307", "医疗费补助", 21.20m)
            .Line("economic", "30399", "其他对个人和家庭的补助", 1.88m)
            .Line("economic", "30399", "其他对个人和家庭的补助支出", 1.88m);

        var result = Assert.Single(Run(builder));

        Assert.True(result.Passed);
        Assert.Equal(23.08m, result.Expected);
    }

    [Fact]
    public void Sums_projects_printed_under_one_code_without_a_heading()
    {
        // 002 一般公共预算项目支出情况表: two projects share 2101501, no 项 line.
        var builder = new DocumentBuilder();
        builder.Table(0, TableTypes.GeneralProjectExpenditure, ["total"])
            .Line("function", "21015", "医疗保障管理事务", 11.40m)
            .Line("function", "2101501", "2023年志愿者生活补助", 1.20m)
            .Line("function", "2101501", "2023年城乡医保工作经费", 10.20m);

        var result = Assert.Single(Run(builder));

        Assert.True(result.Passed);
        Assert.Equal(11.40m, result.Expected);
    }

    [Fact]
    public void A_blank_parent_with_amounts_below_it_fails()
    {
        var builder = new DocumentBuilder();
        builder.Table(0, TableTypes.GeneralExpenditure, TotalBasicProject)
            .Line("function", "221", "住房保障支出", 46.42m, 46.42m, null)
            .Line("function", "22102", "住房改革支出", 46.42m, 46.42m, 1.00m);

        var failed = Assert.Single(Run(builder), r => !r.Passed);

        Assert.Contains("[project]", failed.Description);
        Assert.Equal((1.00m, 0m), (failed.Expected, failed.Actual));
    }

    private static List<CheckResult> Run(DocumentBuilder builder) =>
        new HierarchyCheck().Run(DocumentView.From(builder.Build())).ToList();
}
