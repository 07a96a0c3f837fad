using ReportIngest.Classify.Training.Dataset;
using ReportIngest.Classify.Training;
using ReportIngest.Core.Tables;

namespace ReportIngest.Tests.Classify;

/// <summary>The committed models/table-classifier.json describes the committed model and today's data.</summary>
public sealed class ModelCardTests
{
    private readonly ModelCard _card = ModelCardJson.Read(ClassifierPaths.Card);

    [Fact]
    public void DataHashMatchesTheDatasetBuiltFromTheGoldFiles()
    {
        var dataset = new DatasetBuilder(_card.Seed).AddGoldFolder(ClassifierPaths.GoldStructure).Build();

        Assert.Equal(_card.DataHash, dataset.Hash);
        Assert.Equal(dataset.Tables.Count, _card.TrainingRows.Values.Sum());
    }

    [Fact]
    public void LabelsAreTheSchemaLabels() => Assert.Equal(TableTypes.All, _card.Labels);

    [Fact]
    public void ChosenTrainerMeetsTheTargetAndIsNoWorseThanTheRules()
    {
        var chosen = _card.Metrics.Single(m => m.Classifier == _card.Trainer);
        var rules = _card.Metrics.Single(m => m.Classifier == "rules");

        Assert.True(chosen.MacroF1 >= 0.97, $"leave-one-document-out macro-F1 {chosen.MacroF1}");
        Assert.True(chosen.MacroF1 >= rules.MacroF1);
        Assert.True(chosen.TitleMissingMacroF1 > rules.TitleMissingMacroF1);
        Assert.True(_card.Metrics.Count(m => m.Classifier != "rules") >= 2, "at least two trainers compared");
    }

    [Fact]
    public void ModelFileIsSmall() => Assert.InRange(new FileInfo(ClassifierPaths.Model).Length, 1, 5_000_000);
}
