namespace ReportIngest.Core.Tables;

/// <summary>Labels one table with a SCHEMA.md type. Implementations: the rule baseline and the ML.NET model.</summary>
public interface ITableClassifier
{
    string Name { get; }

    /// <summary>What decides its labels besides its code (a model's file): part of the classify stage's version.</summary>
    string Identity => Name;

    TableLabel Classify(Table table, TableContext context);
}
