using ReportIngest.Classify.ML;
using ReportIngest.Classify.Training.Gold;
using ReportIngest.Core.Tables;
using ReportIngest.Tests.Support;

namespace ReportIngest.Tests.Classify;

public sealed class MlTableClassifierTests(MlClassifierFixture fixture) : IClassFixture<MlClassifierFixture>
{
    [Fact]
    public void PredictsEveryGoldTableAsItsGoldType()
    {
        var wrong = GoldStructureReader.ReadFolder(ClassifierPaths.GoldStructure)
            .Select(t => (t, label: fixture.Classifier.Classify(t.Table, t.Context)))
            .Where(x => x.label.Type != x.t.Label)
            .Select(x => $"{x.t.DocumentId}#{x.t.Table.Index} «{x.t.Table.Title}» {x.t.Label} → {x.label.Type}")
            .ToList();

        Assert.Empty(wrong);
    }

    [Fact]
    public void ConfidenceIsAProbabilityAndTheClassifierNamesItself()
    {
        var table = GoldStructureReader.ReadFolder(ClassifierPaths.GoldStructure)[0];

        var label = fixture.Classifier.Classify(table.Table, table.Context);

        Assert.InRange(label.Confidence, 0.0, 1.0);
        Assert.Equal(MlTableClassifier.ClassifierName, label.Classifier);
        Assert.Contains(label.Type, TableTypes.All);
    }

    [Fact]
    public void GivesTheSameLabelsFromManyThreads()
    {
        var tables = GoldStructureReader.ReadFolder(ClassifierPaths.GoldStructure);
        var expected = tables.Select(t => fixture.Classifier.Classify(t.Table, t.Context).Type).ToList();

        var parallel = tables.AsParallel().AsOrdered().WithDegreeOfParallelism(4)
            .Select(t => fixture.Classifier.Classify(t.Table, t.Context).Type).ToList();

        Assert.Equal(expected, parallel);
    }

    [Fact]
    public void MissingModelSaysHowToTrainIt()
    {
        using var temp = new TempDirectory();

        var error = Assert.Throws<ClassifierModelMissingException>(() => new MlTableClassifier(temp.File("table-classifier.zip")));

        Assert.Contains("./scripts/reportingest train-classifier", error.Message);
    }

    [Fact]
    public void UnreadableModelSaysHowToTrainIt()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.File("table-classifier.zip"), "not a model");

        var error = Assert.Throws<ClassifierModelMissingException>(() => MlTableClassifier.FromModelsFolder(temp.Path));

        Assert.Contains("train-classifier", error.Message);
        Assert.NotNull(error.InnerException);
    }
}
