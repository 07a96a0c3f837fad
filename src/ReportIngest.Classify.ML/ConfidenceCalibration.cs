using System.Text.Json;

namespace ReportIngest.Classify.ML;

/// <summary>
/// Maps the model's top probability to the share of held-out tables that were right at that probability (a monotone
/// step function fitted by the trainer on leave-one-region-out predictions), and the threshold below which a label
/// is marked for review. Stored beside the model as table-classifier.calibration.json.
/// </summary>
public sealed record ConfidenceCalibration(IReadOnlyList<CalibrationStep> Steps, double ReviewThreshold)
{
    public const string FileName = "table-classifier.calibration.json";

    /// <summary>No calibration: the score is the confidence, nothing is marked for review.</summary>
    public static ConfidenceCalibration Identity { get; } = new([], 0);

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, WriteIndented = true };

    public double Apply(double score)
    {
        if (Steps.Count == 0)
            return score;
        var probability = Steps[0].Probability;
        foreach (var step in Steps)
        {
            if (score < step.FromScore)
                break;
            probability = step.Probability;
        }
        return probability;
    }

    public bool NeedsReview(double confidence) => confidence < ReviewThreshold;

    public static ConfidenceCalibration LoadOrIdentity(string path) =>
        File.Exists(path) ? JsonSerializer.Deserialize<ConfidenceCalibration>(File.ReadAllText(path), Json) ?? Identity : Identity;

    public void Save(string path) => File.WriteAllText(path, JsonSerializer.Serialize(this, Json) + "\n");
}
