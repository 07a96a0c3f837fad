using ReportIngest.Classify.ML.Dataset;
using ReportIngest.Classify.ML.Evaluation;
using ReportIngest.Classify.ML.Features;
using ReportIngest.Core.Tables;

namespace ReportIngest.Classify.ML.Training;

/// <summary>
/// Compares the trainers and the rule baseline leave-one-document-out, picks the trainer with the best pooled
/// macro-F1 (ties: accuracy, then title-less macro-F1, then catalogue order), fits it on all the data and writes
/// the model .zip and its card.
/// </summary>
public sealed class ClassifierTrainer(ClassifierTrainerOptions options, IReadOnlyList<TrainerChoice>? trainers = null)
{
    private readonly IReadOnlyList<TrainerChoice> _trainers = trainers ?? TrainerCatalog.All;

    /// <summary>Builds the dataset from the gold structure folder (tests/gold/structure) and trains.</summary>
    public TrainerReport TrainFromGold(string goldStructureFolder) =>
        Train(new DatasetBuilder(options.Seed).AddGoldFolder(goldStructureFolder).Build());

    public TrainerReport Train(TrainingDataset dataset, Action<string>? progress = null)
    {
        var evaluations = new List<ClassifierEvaluation>();
        foreach (var trainer in _trainers)
        {
            progress?.Invoke($"cross-validating {trainer.Name}");
            evaluations.Add(LeaveOneDocumentOut.Evaluate(trainer.Name, dataset,
                training => new MlTableClassifier(ModelFitter.Fit(trainer, training, options.Seed).Model)));
        }
        var rules = LeaveOneDocumentOut.Evaluate(RuleTableClassifier.ClassifierName, dataset, _ => new RuleTableClassifier());

        var chosen = evaluations
            .Select((e, i) => (e, i))
            .OrderByDescending(x => x.e.Overall.MacroF1)
            .ThenByDescending(x => x.e.Overall.Accuracy)
            .ThenByDescending(x => x.e.TitleMissing.MacroF1)
            .ThenBy(x => x.i)
            .First().e;
        var choice = _trainers.Single(t => t.Name == chosen.Classifier);

        progress?.Invoke($"fitting {choice.Name} on all {dataset.Tables.Count} tables");
        var (model, schema, ml) = ModelFitter.Fit(choice, dataset.Tables, options.Seed);
        Directory.CreateDirectory(options.OutputFolder);
        ml.Model.Save(model, schema, options.ModelPath);

        var rowsByOrigin = dataset.Tables.GroupBy(t => t.Origin.ToString().ToLowerInvariant())
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count());
        var report = new TrainerReport(dataset.Hash, options.Seed, rowsByOrigin, dataset.Groups, evaluations, rules, chosen.Classifier,
            options.ModelPath, options.MetadataPath);
        ModelCardJson.Write(CardOf(report, choice), options.MetadataPath);
        return report;
    }

    private static ModelCard CardOf(TrainerReport report, TrainerChoice choice) => new(
        MlTableClassifier.ModelFileName,
        choice.Name,
        choice.Description,
        TableTypes.All,
        FeaturePipeline.Description,
        report.DataHash,
        report.Seed,
        report.RowsByOrigin,
        $"leave-one-document-out over {report.Folds.Count} source documents ({string.Join(", ", report.Folds)}); scored on their real tables; "
            + "synthetic tables always in training, a document's variants only with it",
        report.Trainers.Append(report.RuleBaseline).Select(MetricsOf).ToList(),
        report.Chosen.Confusion.Errors(),
        report.Chosen.Confusion.Counts,
        DateTimeOffset.UtcNow);

    private static ModelCardMetrics MetricsOf(ClassifierEvaluation e) => new(
        e.Classifier,
        e.Overall.Count,
        Math.Round(e.Overall.Accuracy, 4),
        Math.Round(e.Overall.MacroF1, 4),
        e.Folds.ToDictionary(f => f.HeldOut, f => Math.Round(f.Scores.MacroF1, 4)),
        Math.Round(e.TitleMissing.Accuracy, 4),
        Math.Round(e.TitleMissing.MacroF1, 4));
}
