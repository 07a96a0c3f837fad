namespace ReportIngest.Classify.Training;

/// <summary>
/// How the calibrated confidence behaves on the held-out region predictions it was fitted on (real tables and their
/// title-less variants): how many fall below the review threshold and how often those and the rest were right.
/// </summary>
public sealed record CalibrationSummary(
    string Method,
    double ReviewThreshold,
    int Steps,
    int HeldOutPredictions,
    int BelowThreshold,
    double AccuracyBelowThreshold,
    double AccuracyAtOrAboveThreshold);
