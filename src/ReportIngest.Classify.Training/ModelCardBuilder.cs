using ReportIngest.Classify.Training.Evaluation;
using ReportIngest.Core.Tables;

namespace ReportIngest.Classify.Training;

/// <summary>Puts a <see cref="TrainerReport"/> into the <see cref="ModelCard"/> form, figures rounded to 4 places.</summary>
public static class ModelCardBuilder
{
    public static ModelCard Build(TrainerReport report, TrainerChoice choice)
    {
        var region = report.Of(choice.Name, FoldScheme.Regions.Name);
        var document = report.Evaluations.Single(e => e.Classifier == choice.Name && e.Scheme != FoldScheme.Regions.Name);
        return new ModelCard(
            ML.MlTableClassifier.ModelFileName,
            choice.Name,
            choice.Description,
            TableTypes.All,
            FeaturePipeline.Description,
            report.DataHash,
            report.Seed,
            report.RowsByOrigin,
            report.RealTablesByRegion,
            $"{FoldScheme.Regions.Description} over {region.Folds.Count} regions ({string.Join(", ", region.Folds.Select(f => f.HeldOut))}) and "
                + $"{FoldScheme.DocumentsIn(report.Options.DocumentRegion).Description} ({document.Folds.Count} documents); scored on the held-out real "
                + "tables and on the same tables with their titles removed; synthetic tables always in training, a table's variants only with it",
            report.Evaluations.Select(Metrics).ToList(),
            region.Overall.PerLabel.Select(Round).ToList(),
            region.Confusion.Counts,
            region.Mistakes.Concat(document.Mistakes).ToList(),
            Summary(report, region));
    }

    private static ModelCardMetrics Metrics(ClassifierEvaluation e) => new(
        e.Classifier, e.Scheme, e.Overall.Count, R(e.Overall.Accuracy), R(e.Overall.MacroF1), R(e.TitleMissing.Accuracy), R(e.TitleMissing.MacroF1),
        e.Folds.Select(f => new FoldMetrics(f.HeldOut, f.Scores.Count, R(f.Scores.Accuracy), R(f.Scores.MacroF1), R(f.TitleMissing.Accuracy))).ToList());

    private static CalibrationSummary Summary(TrainerReport report, ClassifierEvaluation region)
    {
        var calibrated = region.Predictions.Select(p => (Confidence: report.Calibration.Apply(p.Confidence), p.Correct)).ToList();
        var below = calibrated.Where(p => report.Calibration.NeedsReview(p.Confidence)).ToList();
        var rest = calibrated.Where(p => !report.Calibration.NeedsReview(p.Confidence)).ToList();
        return new CalibrationSummary(
            "isotonic regression (pool adjacent violators) of held-out correctness on the top probability, shares smoothed (right+1)/(n+2)",
            report.Calibration.ReviewThreshold, report.Calibration.Steps.Count, calibrated.Count, below.Count,
            R(below.Count == 0 ? 1 : (double)below.Count(p => p.Correct) / below.Count),
            R(rest.Count == 0 ? 1 : (double)rest.Count(p => p.Correct) / rest.Count));
    }

    private static LabelScore Round(LabelScore s) => s with { Precision = R(s.Precision), Recall = R(s.Recall), F1 = R(s.F1) };

    private static double R(double value) => Math.Round(value, 4);
}
