using ReportIngest.Classify.ML;
using ReportIngest.Classify.Training.Dataset;
using ReportIngest.Classify.Training.Evaluation;
using ReportIngest.Core.Tables;

namespace ReportIngest.Classify.Training;

/// <summary>
/// Compares the trainers and the rule baseline leave-one-region-out and leave-one-document-out inside the region with
/// many reports, keeps the trainer that wins on the region folds (macro-F1, then accuracy, then title-less accuracy,
/// then the document folds, then catalogue order), calibrates its confidence on its held-out region predictions, fits
/// it on all the data and writes the model .zip, its calibration and its card.
/// </summary>
public sealed class ClassifierTrainer(ClassifierTrainerOptions options, IReadOnlyList<TrainerChoice>? trainers = null)
{
    private readonly IReadOnlyList<TrainerChoice> _trainers = trainers ?? TrainerCatalog.All;

    public TrainerReport Train(TrainingDataset dataset, Action<string>? progress = null)
    {
        var schemes = new[] { FoldScheme.Regions, FoldScheme.DocumentsIn(options.DocumentRegion) };
        var evaluations = new List<ClassifierEvaluation>();
        foreach (var trainer in _trainers)
        {
            foreach (var scheme in schemes)
            {
                progress?.Invoke($"{scheme.Description}: {trainer.Name}");
                evaluations.Add(HeldOutEvaluation.Evaluate(trainer.Name, dataset, scheme,
                    training => new MlTableClassifier(ModelFitter.Fit(trainer, training, options.Seed).Model)));
            }
        }
        foreach (var scheme in schemes)
            evaluations.Add(HeldOutEvaluation.Evaluate(RuleTableClassifier.ClassifierName, dataset, scheme, _ => new RuleTableClassifier()));

        var choice = _trainers
            .Select((t, i) => (t, i, region: evaluations.Single(e => e.Classifier == t.Name && e.Scheme == FoldScheme.Regions.Name),
                document: evaluations.Single(e => e.Classifier == t.Name && e.Scheme != FoldScheme.Regions.Name)))
            .OrderByDescending(x => x.region.Overall.MacroF1)
            .ThenByDescending(x => x.region.Overall.Accuracy)
            .ThenByDescending(x => x.region.TitleMissing.Accuracy)
            .ThenByDescending(x => x.document.Overall.MacroF1)
            .ThenBy(x => x.i)
            .First().t;
        var heldOut = evaluations.Single(e => e.Classifier == choice.Name && e.Scheme == FoldScheme.Regions.Name).Predictions;
        var calibration = CalibrationFitter.Fit(heldOut, options.ReviewThreshold);

        progress?.Invoke($"fitting {choice.Name} on all {dataset.Tables.Count} tables");
        var (model, schema, ml) = ModelFitter.Fit(choice, dataset.Tables, options.Seed);
        Directory.CreateDirectory(options.OutputFolder);
        ml.Model.Save(model, schema, options.ModelPath);
        calibration.Save(options.CalibrationPath);

        var report = new TrainerReport(dataset.Hash, options.Seed, CountBy(dataset.Tables, t => t.Origin.ToString().ToLowerInvariant()),
            CountBy(dataset.Real, t => t.Region), evaluations, choice.Name, calibration, options);
        ModelCardJson.Write(ModelCardBuilder.Build(report, choice), options.MetadataPath);
        return report;
    }

    private static IReadOnlyDictionary<string, int> CountBy(IEnumerable<LabelledTable> tables, Func<LabelledTable, string> key) =>
        tables.GroupBy(key).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count());
}
