namespace ReportIngest.Core.Tables;

/// <summary>Labels one table with a SCHEMA.md type. Implementations: the rule baseline and the ML.NET model.</summary>
public interface ITableClassifier
{
    string Name { get; }

    TableLabel Classify(Table table, TableContext context);
}
