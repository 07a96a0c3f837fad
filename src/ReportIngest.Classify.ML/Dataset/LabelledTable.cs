using ReportIngest.Core.Tables;

namespace ReportIngest.Classify.ML.Dataset;

/// <summary>A table with its gold label.</summary>
/// <param name="DocumentId">The document it was read from (or the synthetic table's own id).</param>
/// <param name="Group">The cross-validation group: renderings of one source document share it, so none leaks into training when the document is held out.</param>
public sealed record LabelledTable(Table Table, TableContext Context, string Label, string DocumentId, string Group, TableOrigin Origin);
