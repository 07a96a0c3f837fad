using System.Text.Json;
using System.Text.Json.Serialization;

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

    /// <remarks>Read with generated code: building the reflection serializer's metadata for it took about 80 ms of every
    /// command that classifies, before the first document started.</remarks>
    public static ConfidenceCalibration LoadOrIdentity(string path) =>
        File.Exists(path) ? JsonSerializer.Deserialize(File.ReadAllText(path), CalibrationJson.Default.ConfidenceCalibration) ?? Identity : Identity;

    public void Save(string path) => File.WriteAllText(path, JsonSerializer.Serialize(this, CalibrationJson.Default.ConfidenceCalibration) + "\n");
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, WriteIndented = true)]
[JsonSerializable(typeof(ConfidenceCalibration))]
internal sealed partial class CalibrationJson : JsonSerializerContext;
