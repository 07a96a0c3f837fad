using ReportIngest.Classify.Signals;

namespace ReportIngest.Tests.Classify;

public sealed class TitleCoreTests
{
    [Theory]
    [InlineData("2025年预算单位财务收支预算总表", "财务收支预算总表")]
    [InlineData("2025年部门财务收支预算总表", "财务收支预算总表")]
    [InlineData("中共上海市普陀区委社会工作部 2024 年度部门决算表", "决算表")]
    [InlineData("上海市普陀区商务委员会2025年部门收入预算总表", "收入预算总表")]
    [InlineData("表一 部门收支总表", "收支总表")]
    [InlineData("附件3：2024年一般公共预算“三公”经费支出表 单位：万元", "一般公共预算\"三公\"经费支出表")]
    [InlineData("公开02表 苍溪县医疗保障局2023年部门收入总表", "收入总表")]
    [InlineData("一般公共预算财政拨款基本支出决算表", "一般公共预算财政拨款基本支出决算表")]
    [InlineData("", "")]
    public void KeepsOnlyTheWordsThatNameTheKindOfTable(string printed, string core) => Assert.Equal(core, TitleCore.Of(printed));
}
