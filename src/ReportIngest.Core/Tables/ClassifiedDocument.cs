namespace ReportIngest.Core.Tables;

/// <summary>The classify stage's output: every table with its label.</summary>
public sealed record ClassifiedDocument(ReconstructedDocument Document, IReadOnlyList<TableLabel> Labels)
{
    public TableLabel LabelOf(Table table) => Labels[table.Index];
}
