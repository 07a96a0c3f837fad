namespace ReportIngest.Classify.ML;

/// <summary>Which table classifier the pipeline uses.</summary>
public enum TableClassifierKind
{
    /// <summary>The trained ML.NET model (<see cref="MlTableClassifier"/>).</summary>
    Ml,
    /// <summary>The rule baseline (<see cref="RuleTableClassifier"/>).</summary>
    Rules,
}
