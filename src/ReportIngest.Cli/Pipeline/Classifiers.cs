using ReportIngest.Classify;
using ReportIngest.Core.Tables;

namespace ReportIngest.Cli.Pipeline;

/// <summary>Which table classifier the pipeline uses.</summary>
internal static class Classifiers
{
    public static ITableClassifier Default() => new RuleTableClassifier();
}
