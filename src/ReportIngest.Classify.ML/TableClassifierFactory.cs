using ReportIngest.Core.Tables;

namespace ReportIngest.Classify.ML;

/// <summary>Builds the classifier the options ask for. Create it once per run: the ML classifier loads its model on construction and is thread-safe.</summary>
public static class TableClassifierFactory
{
    public static ITableClassifier Create(TableClassifierOptions options)
    {
        if (options.Kind == TableClassifierKind.Rules)
            return new RuleTableClassifier();
        try
        {
            return MlTableClassifier.FromModelsFolder(options.ModelsFolder);
        }
        catch (ClassifierModelMissingException) when (options.FallBackToRules)
        {
            return new RuleTableClassifier();
        }
    }
}
