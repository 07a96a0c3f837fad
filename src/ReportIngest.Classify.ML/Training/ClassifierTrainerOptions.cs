namespace ReportIngest.Classify.ML.Training;

/// <summary>Where the trainer writes the model and its card, and the seed that makes a run reproducible.</summary>
public sealed record ClassifierTrainerOptions(string OutputFolder, int Seed = ClassifierTrainerOptions.DefaultSeed)
{
    public const int DefaultSeed = 20231;

    public string ModelPath => Path.Combine(OutputFolder, MlTableClassifier.ModelFileName);
    public string MetadataPath => Path.Combine(OutputFolder, MlTableClassifier.MetadataFileName);
}
