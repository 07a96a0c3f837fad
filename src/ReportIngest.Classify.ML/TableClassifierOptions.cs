namespace ReportIngest.Classify.ML;

/// <summary>How the pipeline gets its table classifier.</summary>
/// <param name="ModelsFolder">Folder holding table-classifier.zip (the repository's models/).</param>
/// <param name="FallBackToRules">With <see cref="TableClassifierKind.Ml"/>: use the rules instead of failing when the model is missing or unreadable.</param>
public sealed record TableClassifierOptions(
    string ModelsFolder = "models",
    TableClassifierKind Kind = TableClassifierKind.Ml,
    bool FallBackToRules = false)
{
    public static TableClassifierOptions Default { get; } = new();
}
