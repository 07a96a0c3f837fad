using ReportIngest.Core.Facts;
using ReportIngest.Normalise.Measures;

namespace ReportIngest.Tests.Normalise;

public class MeasureLexiconTests
{
    [Theory]
    [InlineData("基 本 支 出", "basic")]
    [InlineData("资本性支出（基本建设）", "economic.309")]
    [InlineData("资本性支出", "economic.310")]
    [InlineData("对企业补助（基本建设）", "economic.311")]
    [InlineData("一般公共 预算", "general_budget")]
    [InlineData("政府基 金预算", "gov_fund")]
    [InlineData("国有本 营预算", "state_capital")]
    [InlineData("上级 一般 公共 预算 安排 的转 移支 付", "superior_transfer.general_budget")]
    [InlineData("财政拨款结转", "carryover.fiscal_appropriation")]
    public void Maps_printed_header_labels_to_measure_keys(string label, string key)
    {
        var meaning = MeasureLexicon.Meaning(label, isLeaf: true);
        Assert.Equal(LabelRole.Measure, meaning.Role);
        Assert.Equal(key, meaning.Key);
    }

    [Theory]
    [InlineData("合 计", LabelRole.Total)]
    [InlineData("财政拨款 (补助)小 计", LabelRole.Total)]
    [InlineData("行次", LabelRole.RowNumber)]
    [InlineData("功能分类科目编码", LabelRole.Code)]
    [InlineData("单位名称（科目）", LabelRole.Name)]
    [InlineData("收 入", LabelRole.Side)]
    public void Recognises_label_roles(string label, LabelRole role) =>
        Assert.Equal(role, MeasureLexicon.Meaning(label).Role);

    [Theory]
    [InlineData("收 入", TableSide.Income, MeasureNamespace.Income)]
    [InlineData("财政拨款收入", TableSide.Income, MeasureNamespace.Income)]
    [InlineData("支出项目", TableSide.Expenditure, MeasureNamespace.Expenditure)]
    public void A_side_label_names_its_side_and_the_side_its_measure_namespace(string label, TableSide side, MeasureNamespace ns)
    {
        var meaning = MeasureLexicon.Meaning(label);
        Assert.Equal(side, meaning.Side);
        Assert.Equal(ns, MeasureKey.OfSide(meaning.Side));
    }
}
