using ReportIngest.Classify.Training.Evaluation;

namespace ReportIngest.Classify.Training;

/// <summary>
/// models/table-classifier.json: what the model next to it was trained on and how it scored. Per-label scores and
/// the confusion matrix are the chosen trainer's pooled leave-one-region-out ones (rows gold, columns predicted, both
/// in <see cref="Labels"/> order). Deterministic: the same repository gives the same card.
/// </summary>
public sealed record ModelCard(
    string Model,
    string Trainer,
    string TrainerDescription,
    IReadOnlyList<string> Labels,
    IReadOnlyList<string> Features,
    string DataHash,
    int Seed,
    IReadOnlyDictionary<string, int> TrainingRows,
    IReadOnlyDictionary<string, int> RealTablesByRegion,
    string Evaluation,
    IReadOnlyList<ModelCardMetrics> Metrics,
    IReadOnlyList<LabelScore> ChosenPerLabel,
    IReadOnlyList<IReadOnlyList<int>> ChosenConfusion,
    IReadOnlyList<string> ChosenMistakes,
    CalibrationSummary Calibration);
