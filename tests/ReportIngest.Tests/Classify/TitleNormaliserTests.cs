using ReportIngest.Classify.Signals;

namespace ReportIngest.Tests.Classify;

public sealed class TitleNormaliserTests
{
    [Theory]
    [InlineData("表1 部门收支总表", "部门收支总表")]
    [InlineData("附表3：部门收入总表", "部门收入总表")]
    [InlineData("公开01表 收支预算总表", "收支预算总表")]
    [InlineData("一、部门支出总表", "部门支出总表")]
    [InlineData("表１　部 门 收 支 总 表", "部门收支总表")]
    [InlineData("2023 年度自治区财政项目支出绩效目标表", "自治区财政项目支出绩效目标表")]
    [InlineData("一般公共预算“三公”经费支出表（续）", "一般公共预算\"三公\"经费支出表")]
    [InlineData("财政拨款支出预算表（部门经济分类科目）", "财政拨款支出预算表(部门经济分类科目)")]
    [InlineData("", "")]
    public void StripsNumberingSpacesAndWidth(string printed, string expected) =>
        Assert.Equal(expected, TitleNormaliser.Normalise(printed));

    [Fact]
    public void KeepsALeadingOneThatIsPartOfTheName() =>
        Assert.Equal("一般公共预算支出预算表", TitleNormaliser.Normalise("一般公共预算支出预算表"));
}
