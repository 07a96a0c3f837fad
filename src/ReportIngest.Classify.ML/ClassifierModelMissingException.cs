namespace ReportIngest.Classify.ML;

/// <summary>The model file is missing or unreadable; the message says how to train one.</summary>
public sealed class ClassifierModelMissingException(string modelPath, Exception? inner = null)
    : Exception(MessageFor(modelPath, inner), inner)
{
    public const string TrainCommand = "./scripts/reportingest train-classifier";

    public string ModelPath { get; } = modelPath;

    private static string MessageFor(string path, Exception? inner) =>
        (inner is null ? $"Table classifier model not found: {path}." : $"Table classifier model could not be read: {path} ({inner.Message}).")
        + $" Train it with `{TrainCommand}` (or `dotnet run --project src/ReportIngest.Cli -c Release -- train-classifier`), which writes models/table-classifier.zip.";
}
