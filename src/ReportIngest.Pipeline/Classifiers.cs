using ReportIngest.Classify.ML;
using ReportIngest.Core.Tables;

namespace ReportIngest.Pipeline;

/// <summary>
/// The table classifier of a run: the trained ML.NET model shipped beside the program (models/ of the repository),
/// or the rule baseline when asked. A missing or unreadable model is an error that says how to train one.
/// </summary>
public static class Classifiers
{
    public static string DefaultModelsFolder => Path.Combine(AppContext.BaseDirectory, "models");

    private static readonly Lazy<ITableClassifier> Shared = new(() =>
        TableClassifierFactory.Create(new TableClassifierOptions(DefaultModelsFolder)));

    public static ITableClassifier Default() => Shared.Value;

    public static ITableClassifier Create(string kind, string? modelsFolder) => kind switch
    {
        "rules" => TableClassifierFactory.Create(new TableClassifierOptions(Kind: TableClassifierKind.Rules)),
        _ when modelsFolder is null => Default(),
        _ => TableClassifierFactory.Create(new TableClassifierOptions(modelsFolder)),
    };
}
