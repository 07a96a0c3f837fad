using ReportIngest.Classify.Training.Dataset;
using ReportIngest.Core.Documents;
using ReportIngest.Core.Tables;

namespace ReportIngest.Tests.Classify;

public sealed class DatasetBuilderTests
{
    [Fact]
    public void SameSeedSameDataset()
    {
        var first = new DatasetBuilder(7).AddGoldFolder(ClassifierPaths.GoldStructure).Build();
        var second = new DatasetBuilder(7).AddGoldFolder(ClassifierPaths.GoldStructure).Build();
        var other = new DatasetBuilder(8).AddGoldFolder(ClassifierPaths.GoldStructure).Build();

        Assert.Equal(first.Hash, second.Hash);
        Assert.NotEqual(first.Hash, other.Hash);
    }

    [Fact]
    public void RenderingsOfOneSourceShareAGroupAndVariantsStayInIt()
    {
        var dataset = new DatasetBuilder(7).AddGoldFolder(ClassifierPaths.GoldStructure).Build();

        Assert.Equal(3, dataset.Groups.Count);
        Assert.All(dataset.Tables.Where(t => t.Origin == TableOrigin.Variant),
            v => Assert.Contains(dataset.Real, r => r.Group == v.Group && r.DocumentId == v.DocumentId));
        Assert.All(dataset.Tables.Where(t => t.Origin == TableOrigin.Synthetic), s => Assert.Equal(SyntheticTableGenerator.Group, s.Group));
    }

    [Fact]
    public void SyntheticTablesCoverEveryLabel()
    {
        var synthetic = new SyntheticTableGenerator(SyntheticSource.Embedded, 7).Generate().ToList();

        Assert.All(TableTypes.All, label => Assert.Contains(synthetic, t => t.Label == label));
        Assert.Contains(synthetic, t => t.Table.Title.Length == 0);
    }

    [Fact]
    public void AcceptsTablesFromAnySource()
    {
        var table = new Table { Index = 0, Title = "部门收支总表", HeaderRowCount = 0, RowCount = 0, ColCount = 0, Cells = [], Columns = [] };

        var dataset = new DatasetBuilder(7)
            .Add([new LabelledTable(table, new TableContext(0, 1, ReportPhase.Budget), TableTypes.IncomeExpenditureSummary, "doc-x", "seed-x", TableOrigin.Real, "region-x")])
            .Build();

        Assert.Equal(["seed-x"], dataset.Groups);
    }
}
