using ReportIngest.Classify.ML;
using ReportIngest.Classify.Training.Evaluation;

namespace ReportIngest.Classify.Training;

/// <summary>What a training run did and measured, for the CLI to print and the model card to keep.</summary>
/// <param name="Evaluations">Every trainer and the rule baseline under every fold scheme.</param>
public sealed record TrainerReport(
    string DataHash,
    int Seed,
    IReadOnlyDictionary<string, int> RowsByOrigin,
    IReadOnlyDictionary<string, int> RealTablesByRegion,
    IReadOnlyList<ClassifierEvaluation> Evaluations,
    string ChosenTrainer,
    ConfidenceCalibration Calibration,
    ClassifierTrainerOptions Options)
{
    public ClassifierEvaluation Of(string classifier, string scheme) =>
        Evaluations.Single(e => e.Classifier == classifier && e.Scheme == scheme);
}
