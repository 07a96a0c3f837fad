namespace ReportIngest.Classify.ML.Training;

/// <summary>models/table-classifier.json: what the model next to it was trained on and how it scored.</summary>
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
    DateTimeOffset TrainedAt);
