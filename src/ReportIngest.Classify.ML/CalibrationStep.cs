namespace ReportIngest.Classify.ML;

/// <summary>From <see cref="FromScore"/> upwards (to the next step) the calibrated confidence is <see cref="Probability"/>.</summary>
public sealed record CalibrationStep(double FromScore, double Probability);
