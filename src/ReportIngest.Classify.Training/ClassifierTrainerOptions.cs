using ReportIngest.Classify.ML;

namespace ReportIngest.Classify.Training;

/// <summary>Where the trainer writes the model, its card and calibration; the seed that makes a run reproducible; the review threshold.</summary>
/// <param name="DocumentRegion">The region whose documents are also held out one at a time (the one with many reports).</param>
/// <param name="ReviewThreshold">Calibrated confidence below which a label is marked for review.</param>
public sealed record ClassifierTrainerOptions(
    string OutputFolder,
    int Seed = ClassifierTrainerOptions.DefaultSeed,
    string DocumentRegion = ClassifierTrainerOptions.DefaultDocumentRegion,
    double ReviewThreshold = ClassifierTrainerOptions.DefaultReviewThreshold)
{
    public const int DefaultSeed = 20231;
    public const string DefaultDocumentRegion = "上海市普陀区";
    public const double DefaultReviewThreshold = 0.9;

    public string ModelPath => Path.Combine(OutputFolder, MlTableClassifier.ModelFileName);
    public string MetadataPath => Path.Combine(OutputFolder, MlTableClassifier.MetadataFileName);
    public string CalibrationPath => Path.Combine(OutputFolder, ConfidenceCalibration.FileName);
}
