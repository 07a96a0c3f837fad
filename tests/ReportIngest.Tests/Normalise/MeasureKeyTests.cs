using ReportIngest.Core.Facts;

namespace ReportIngest.Tests.Normalise;

public class MeasureKeyTests
{
    [Theory]
    [InlineData("expenditure.budget.total", MeasureNamespace.Expenditure, "budget.total")]
    [InlineData("income.general_budget", MeasureNamespace.Income, "general_budget")]
    [InlineData("budget.basic", MeasureNamespace.Budget, "basic")]
    [InlineData("current_year.general_budget.basic", MeasureNamespace.None, "current_year.general_budget.basic")]
    public void A_measure_reads_as_its_namespace_and_key_and_writes_back_unchanged(string measure, MeasureNamespace ns, string key)
    {
        var parsed = MeasureKey.Parse(measure);

        Assert.Equal(new MeasureKey(ns, key), parsed);
        Assert.Equal(measure, parsed.ToString());
    }

    [Fact]
    public void A_budget_column_on_the_expenditure_side_nests_its_namespace()
    {
        var key = new MeasureKey(MeasureNamespace.Budget, "total").In(MeasureNamespace.Expenditure);

        Assert.Equal("expenditure.budget.total", key.ToString());
        Assert.Equal(MeasureNamespace.Expenditure, key.Namespace);
        Assert.Same(key, key.In(MeasureNamespace.None));
    }
}
