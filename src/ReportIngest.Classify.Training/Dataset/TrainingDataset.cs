namespace ReportIngest.Classify.Training.Dataset;

/// <summary>The classifier's whole labelled dataset, in a fixed order, with a hash of its content.</summary>
public sealed record TrainingDataset(IReadOnlyList<LabelledTable> Tables, string Hash)
{
    public IEnumerable<LabelledTable> Real => Tables.Where(t => t.Origin == TableOrigin.Real);

    public IReadOnlyList<string> Groups => Real.Select(t => t.Group).Distinct().Order(StringComparer.Ordinal).ToList();
}
