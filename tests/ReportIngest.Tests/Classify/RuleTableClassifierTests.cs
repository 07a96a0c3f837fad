using ReportIngest.Classify;
using ReportIngest.Classify.Training.Gold;
using ReportIngest.Core.Tables;

namespace ReportIngest.Tests.Classify;

public sealed class RuleTableClassifierTests
{
    private readonly RuleTableClassifier _rules = new();

    [Theory]
    [InlineData("部门收支总表", TableTypes.IncomeExpenditureSummary)]
    [InlineData("表1 收入支出决算总表", TableTypes.IncomeExpenditureSummary)]
    [InlineData("单位收支总体情况表", TableTypes.IncomeExpenditureSummary)]
    [InlineData("公开01表 收支预算总表", TableTypes.IncomeExpenditureSummary)]
    [InlineData("部门收入总表", TableTypes.IncomeSummary)]
    [InlineData("收入决算表", TableTypes.IncomeSummary)]
    [InlineData("单位支出总体情况表", TableTypes.ExpenditureSummary)]
    [InlineData("附表4：财政拨款收支预算总表", TableTypes.FiscalSummary)]
    [InlineData("财政拨款收入支出决算总表", TableTypes.FiscalSummary)]
    [InlineData("财政拨款支出预算表（部门经济分类科目）", TableTypes.FiscalExpenditureEconomic)]
    [InlineData("财政拨款支出决算明细表", TableTypes.FiscalExpenditureEconomic)]
    [InlineData("一般公共预算财政拨款支出决算表", TableTypes.GeneralExpenditure)]
    [InlineData("六、一般公共预算基本支出预算表", TableTypes.GeneralBasicExpenditure)]
    [InlineData("一般公共预算财政拨款基本支出决算（明细）表", TableTypes.GeneralBasicExpenditure)]
    [InlineData("项目支出表", TableTypes.GeneralProjectExpenditure)]
    [InlineData("一般公共预算“三公”经费支出表", TableTypes.ThreePublic)]
    [InlineData("财政拨款\"三公\"经费支出决算表", TableTypes.ThreePublic)]
    [InlineData("政府性基金预算“三公”经费支出预算表", TableTypes.GovFundThreePublic)]
    [InlineData("政府性基金预算财政拨款收入支出决算表", TableTypes.GovFundExpenditure)]
    [InlineData("国有资本经营预算财政拨款支出决算表", TableTypes.StateCapitalExpenditure)]
    [InlineData("2023年度预算项目绩效自评表", TableTypes.ProjectPerformance)]
    [InlineData("部门整体支出绩效目标表", TableTypes.OverallPerformance)]
    [InlineData("政府采购预算明细表", TableTypes.Procurement)]
    [InlineData("项目支出明细表", TableTypes.ProjectList)]
    [InlineData("决算单位构成", TableTypes.UnitList)]
    [InlineData("表　１　部　门　收　支　总　表", TableTypes.IncomeExpenditureSummary)]
    public void TitleDecides(string title, string expected) =>
        Assert.Equal(expected, _rules.Classify(Table(title), new TableContext(0, 1, null)).Type);

    [Fact]
    public void LabelsEveryGoldTableAsItsGoldType()
    {
        var wrong = GoldStructureReader.ReadFolder(ClassifierPaths.GoldStructure)
            .Where(t => _rules.Classify(t.Table, t.Context).Type != t.Label)
            .Select(t => $"{t.DocumentId}#{t.Table.Index} «{t.Table.Title}»")
            .ToList();

        Assert.Empty(wrong);
    }

    [Fact]
    public void WithoutATitleTheHeaderDecidesWithLowerConfidence()
    {
        var unitList = GoldStructureReader.ReadFolder(ClassifierPaths.GoldStructure).First(t => t.Label == TableTypes.UnitList);

        var titled = _rules.Classify(unitList.Table, unitList.Context);
        var untitled = _rules.Classify(unitList.Table with { Title = "" }, unitList.Context);

        Assert.Equal(TableTypes.UnitList, untitled.Type);
        Assert.True(untitled.Confidence < titled.Confidence);
    }

    [Fact]
    public void NothingToGoOnIsOther() =>
        Assert.Equal(TableTypes.Other, _rules.Classify(Table(""), new TableContext(0, 1, null)).Type);

    private static Table Table(string title) => new()
    {
        Index = 0,
        Title = title,
        HeaderRowCount = 0,
        RowCount = 0,
        ColCount = 0,
        Cells = [],
        Columns = [],
    };
}
