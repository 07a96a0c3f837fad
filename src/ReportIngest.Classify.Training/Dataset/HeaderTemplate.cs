namespace ReportIngest.Classify.Training.Dataset;

/// <summary>A line of Data/header-templates.tsv: a header layout for a label, the codes its rows carry and typical row labels.</summary>
/// <param name="Codes">"function", "economic", "none" (amount rows named by the labels) or "text" (label/value grids).</param>
public sealed record HeaderTemplate(string Label, string Codes, IReadOnlyList<IReadOnlyList<string>> HeaderRows, IReadOnlyList<string> RowLabels);
