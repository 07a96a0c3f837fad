namespace ReportIngest.Classify.ML.Features;

/// <summary>The model's output: the label and the probability of every label, in the model's label order.</summary>
public sealed class TablePrediction
{
    public string PredictedLabel { get; set; } = "";
    public float[] Score { get; set; } = [];
}
