using ReportIngest.Classify.ML.Evaluation;

namespace ReportIngest.Classify.ML.Training;

/// <summary>What a training run did and measured, for the CLI to print and the model card to keep.</summary>
public sealed record TrainerReport(
    string DataHash,
    int Seed,
    IReadOnlyDictionary<string, int> RowsByOrigin,
    IReadOnlyList<string> Folds,
    IReadOnlyList<ClassifierEvaluation> Trainers,
    ClassifierEvaluation RuleBaseline,
    string ChosenTrainer,
    string ModelPath,
    string MetadataPath)
{
    public ClassifierEvaluation Chosen => Trainers.Single(t => t.Classifier == ChosenTrainer);
}
