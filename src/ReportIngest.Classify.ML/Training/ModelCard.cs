namespace ReportIngest.Classify.ML.Training;

/// <summary>
/// models/table-classifier.json: what the model next to it was trained on and how it scored. The confusion matrix
/// is the chosen trainer's pooled leave-one-document-out one: rows gold, columns predicted, both in <see cref="Labels"/> order.
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
    string Evaluation,
    IReadOnlyList<ModelCardMetrics> Metrics,
    IReadOnlyList<string> ChosenTrainerErrors,
    IReadOnlyList<IReadOnlyList<int>> ChosenTrainerConfusion,
    DateTimeOffset TrainedAt);
