using ReportIngest.Core.Facts;
using ReportIngest.Validate;

namespace ReportIngest.Tests.Validate;

/// <summary>One gold amount changed: exactly the checks that read it fail, and they name its cell.</summary>
public sealed class GoldPerturbationTests
{
    [Fact]
    public void A_project_amount_fails_only_its_heading_line()
    {
        // 000 table 7: 2101506 医疗保障经办事务 42.52 with four projects under it; the first is row 10.
        var failed = FailedAfterChanging("000", "budget", 7, "县医疗保障局城乡医疗救助审核发放管理经费", "total", 14.39m, 15.39m);

        var check = Assert.Single(failed);
        Assert.Equal(CheckKinds.Hierarchy, check.Kind);
        Assert.Equal(7, check.TableIndex);
        Assert.Equal(42.52m, check.Actual);
        Assert.Equal(43.51m, check.Expected);
        Assert.Equal(["r9c1", "r10c1", "r11c1", "r12c1", "r13c1"], check.Cells);
    }

    [Fact]
    public void A_section_amount_fails_its_row_and_both_hierarchy_levels()
    {
        // 001 table 3 (支出决算表): 21015 医疗保障管理事务 basic 312.00, on row 20, column 2.
        var failed = FailedAfterChanging("001", "final", 3, "医疗保障管理事务", "basic", 312.00m, 321.00m);

        Assert.Equal(3, failed.Count);
        Assert.All(failed, c => Assert.Equal(3, c.TableIndex));
        Assert.All(failed, c => Assert.Contains("r20c2", c.Cells));
        var rowTotal = Assert.Single(failed, c => c.Kind == CheckKinds.RowTotal);
        Assert.Equal((374.45m, 365.45m), (rowTotal.Expected, rowTotal.Actual));
        Assert.Single(failed, c => c.Kind == CheckKinds.Hierarchy && c.Description.Contains("款 21015") && c.Actual == 321.00m);
        Assert.Single(failed, c => c.Kind == CheckKinds.Hierarchy && c.Description.Contains("类 210 ") && c.Expected == 339.00m);
    }

    [Fact]
    public void A_project_without_heading_fails_the_section_total()
    {
        // 002 table 6: two projects under 2101504 with no 项 heading; 21015 = Σ its projects = 43.30.
        var failed = FailedAfterChanging("002", "budget", 6, "2023年医疗信息化建设配套资金", "total", 13.00m, 13.50m);

        var check = Assert.Single(failed);
        Assert.Equal(CheckKinds.Hierarchy, check.Kind);
        Assert.Contains("款 21015", check.Description);
        Assert.Equal((43.80m, 43.30m), (check.Expected, check.Actual));
    }

    [Fact]
    public void A_grand_total_fails_its_row_its_column_and_the_summary_that_restates_it()
    {
        // 002 table 4 (一般公共预算支出情况表) 合计 total 1203.43 on row 22; 财政拨款收支总表 (table 3) restates it.
        var failed = FailedAfterChanging("002", "budget", 4, "合计", "total", 1203.43m, 1203.34m);

        Assert.Equal([CheckKinds.RowTotal, CheckKinds.TotalRow, CheckKinds.CrossTable], failed.Select(c => c.Kind));
        Assert.All(failed, c => Assert.Equal(4, c.TableIndex));
        Assert.All(failed, c => Assert.Contains("r22c1", c.Cells));
        Assert.Equal(3, failed.Single(c => c.Kind == CheckKinds.CrossTable).OtherTableIndex);
    }

    [Fact]
    public void A_two_sided_grand_total_fails_the_balance_and_its_side()
    {
        // 001 table 1 (收入支出决算总表): 总计 on the spending side.
        var failed = FailedAfterChanging("001", "final", 1, "总计", "expenditure.total", 17337.27m, 17337.72m);

        Assert.Equal(2, failed.Count);
        Assert.All(failed, c => Assert.Equal(CheckKinds.TotalRow, c.Kind));
        Assert.Contains(failed, c => c.Description.Contains("income grand total"));
        Assert.Contains(failed, c => c.Description.Contains("'本年支出合计' + '年末结转和结余'"));
    }

    private static List<CheckResult> FailedAfterChanging(
        string number, string phase, int table, string item, string measure, decimal from, decimal to)
    {
        var rows = GoldDocument.Rows(number).ToList();
        var index = rows.FindIndex(r => r.TableIndex == table && r.ItemName == item && r.Measure == measure && r.AmountWan == from);
        Assert.True(index >= 0, $"gold {number} has no {item} [{measure}] = {from} in table {table}");
        rows[index] = rows[index] with { AmountWan = to };
        var validated = DocumentValidator.Default.Validate(GoldDocument.FromRows(rows, phase));
        return validated.Checks.Where(c => !c.Passed).ToList();
    }
}
