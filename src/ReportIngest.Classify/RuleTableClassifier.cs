using ReportIngest.Classify.Rules;
using ReportIngest.Classify.Signals;
using ReportIngest.Core.Tables;

namespace ReportIngest.Classify;

/// <summary>The rule baseline: the title's keywords decide; without a telling title, the header words do.</summary>
public sealed class RuleTableClassifier : ITableClassifier
{
    public const string ClassifierName = "rules";

    public string Name => ClassifierName;

    public TableLabel Classify(Table table, TableContext context) => ToLabel(Explain(table));

    /// <summary>The same verdict with the rule that produced it.</summary>
    public RuleMatch Explain(Table table)
    {
        var signals = TableSignalReader.Read(table);
        return TitleRules.Match(signals.Title) ?? HeaderRules.Match(signals);
    }

    private static TableLabel ToLabel(RuleMatch match) => new(match.Type, match.Confidence, ClassifierName);
}
