using ReportIngest.Core.Tables;

namespace ReportIngest.Classify.Training.Dataset;

/// <summary>A table with its gold label.</summary>
/// <param name="DocumentId">The document it was read from (or the synthetic table's own id).</param>
/// <param name="Group">The document group: renderings of one source document share it, so none leaks into training when the document is held out.</param>
/// <param name="Region">The county or district that published it; synthetic tables have <see cref="SyntheticTableGenerator.Group"/>.</param>
public sealed record LabelledTable(Table Table, TableContext Context, string Label, string DocumentId, string Group, TableOrigin Origin, string Region);
