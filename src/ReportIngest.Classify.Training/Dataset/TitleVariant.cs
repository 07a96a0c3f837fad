namespace ReportIngest.Classify.Training.Dataset;

/// <summary>A line of Data/title-variants.tsv: a title a county prints for a label, and in which phase ("any" for both).</summary>
public sealed record TitleVariant(string Label, string Phase, string Title);
