using ReportIngest.Core.Text;

namespace ReportIngest.Tests.Cells;

public class LeadingNumberingTests
{
    [Theory]
    [InlineData("一、收支预算总表", "收支预算总表")]
    [InlineData("二.部门收入预算表", "部门收入预算表")]
    [InlineData("（一）基本支出", "基本支出")]
    [InlineData("(3)项目支出", "项目支出")]
    [InlineData("一)上年结转", "上年结转")]
    [InlineData("1、财政拨款收入", "财政拨款收入")]
    [InlineData("2. 事业收入", "事业收入")]
    [InlineData("表1 部门收支总表", "部门收支总表")]
    [InlineData("表一 部门收支总表", "部门收支总表")]
    [InlineData("附表3：一般公共预算支出表", "一般公共预算支出表")]
    [InlineData("附件2-1 项目支出表", "项目支出表")]
    [InlineData("公开01表部门财务收支预算总表", "部门财务收支预算总表")]
    [InlineData("3-1 政府性基金预算支出表", "政府性基金预算支出表")]
    [InlineData("第二部分部门预算表", "部门预算表")]
    public void Every_printed_form_of_numbering_is_stripped(string printed, string stripped)
    {
        Assert.Equal(stripped, LeadingNumbering.Strip(printed));
    }

    [Theory]
    [InlineData("1.5万元用于办公设备购置")]
    [InlineData("2023年度部门决算表")]
    [InlineData("一般公共预算财政拨款支出表")]
    [InlineData("十三五规划")]
    public void Decimals_years_and_words_that_start_with_numerals_are_no_numbering(string text)
    {
        Assert.False(LeadingNumbering.StartsWithNumbering(text));
        Assert.Equal(text, LeadingNumbering.Strip(text));
    }

    [Fact]
    public void A_caller_can_leave_a_form_in_place()
    {
        var runningText = NumberingForms.All & ~NumberingForms.TableNumber;
        Assert.False(LeadingNumbering.StartsWithNumbering("附表3。", runningText));
        Assert.True(LeadingNumbering.StartsWithNumbering("(一)基本支出", runningText));
        Assert.Equal("第一部分上海市普陀区财政局", LeadingNumbering.Strip("第一部分上海市普陀区财政局", NumberingForms.TableNumber));
    }
}
