using ReportIngest.Classify.ML;
using ReportIngest.Classify.Training;
using ReportIngest.Classify.Training.Dataset;
using ReportIngest.Classify.Training.Real;
using ReportIngest.Core.Tables;

namespace ReportIngest.Tests.Classify;

/// <summary>The committed models/table-classifier.json describes the committed model and today's data, and meets the targets.</summary>
public sealed class ModelCardTests
{
    private readonly ModelCard _card = ModelCardJson.Read(ClassifierPaths.Card);

    [Fact]
    public void DataHashMatchesTheDatasetBuiltFromTheRepository()
    {
        var dataset = new DatasetBuilder(_card.Seed)
            .AddGoldFolder(ClassifierPaths.GoldStructure)
            .AddFolder(ClassifierPaths.RealTables, LabelledTablesWriter.FilePattern)
            .Build();

        Assert.Equal(_card.DataHash, dataset.Hash);
        Assert.Equal(dataset.Tables.Count, _card.TrainingRows.Values.Sum());
        Assert.Equal(4, _card.RealTablesByRegion.Count);
    }

    [Fact]
    public void LabelsAreTheSchemaLabels() => Assert.Equal(TableTypes.All, _card.Labels);

    [Theory]
    [InlineData("region")]
    [InlineData("document")]
    public void ChosenTrainerMeetsTheTargetsAndBeatsTheRules(string scheme)
    {
        var chosen = _card.Metrics.Single(m => m.Classifier == _card.Trainer && m.Scheme == scheme);
        var rules = _card.Metrics.Single(m => m.Classifier == "rules" && m.Scheme == scheme);

        Assert.True(chosen.Accuracy >= 0.98, $"{scheme} accuracy {chosen.Accuracy}");
        Assert.True(chosen.MacroF1 >= 0.95, $"{scheme} macro-F1 {chosen.MacroF1}");
        Assert.True(chosen.TitleMissingAccuracy >= 0.90, $"{scheme} accuracy without titles {chosen.TitleMissingAccuracy}");
        Assert.True(chosen.MacroF1 >= rules.MacroF1 && chosen.Accuracy >= rules.Accuracy, $"rules: {rules.Accuracy} / {rules.MacroF1}");
        Assert.True(chosen.TitleMissingAccuracy > rules.TitleMissingAccuracy && chosen.TitleMissingMacroF1 > rules.TitleMissingMacroF1);
    }

    [Fact]
    public void ALinearAndATreeTrainerWereCompared()
    {
        var trainers = _card.Metrics.Select(m => m.Classifier).Where(c => c != "rules").Distinct().ToList();

        Assert.Contains(trainers, t => t.StartsWith("sdca", StringComparison.Ordinal) || t.StartsWith("lbfgs", StringComparison.Ordinal));
        Assert.Contains(trainers, t => t.StartsWith("fasttree", StringComparison.Ordinal) || t.StartsWith("lightgbm", StringComparison.Ordinal));
    }

    [Fact]
    public void CalibrationShipsBesideTheModelWithAReviewThreshold()
    {
        var calibration = ConfidenceCalibration.LoadOrIdentity(Path.Combine(ClassifierPaths.Models, ConfidenceCalibration.FileName));

        Assert.NotEmpty(calibration.Steps);
        Assert.InRange(calibration.ReviewThreshold, 0.5, 0.99);
        Assert.Equal(calibration.ReviewThreshold, _card.Calibration.ReviewThreshold);
        Assert.True(_card.Calibration.AccuracyAtOrAboveThreshold > _card.Calibration.AccuracyBelowThreshold);
    }

    [Fact]
    public void CalibrationFileReadsAndWritesBackUnchanged()
    {
        var path = Path.Combine(ClassifierPaths.Models, ConfidenceCalibration.FileName);
        var copy = Path.Combine(Path.GetTempPath(), $"calibration-{Guid.NewGuid():N}.json");
        try
        {
            ConfidenceCalibration.LoadOrIdentity(path).Save(copy);
            Assert.Equal(File.ReadAllText(path), File.ReadAllText(copy));
        }
        finally
        {
            File.Delete(copy);
        }
    }

    [Fact]
    public void ModelFileIsSmall() => Assert.InRange(new FileInfo(ClassifierPaths.Model).Length, 1, 5_000_000);
}
