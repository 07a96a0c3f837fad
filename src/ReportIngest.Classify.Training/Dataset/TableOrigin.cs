namespace ReportIngest.Classify.Training.Dataset;

/// <summary>Where a labelled table comes from; only <see cref="Real"/> tables are scored in evaluation.</summary>
public enum TableOrigin
{
    /// <summary>A table of a real document (gold file or the pipeline's own reconstruction).</summary>
    Real,
    /// <summary>A variant of a real table (title removed, renumbered, body dropped): grouped with its document.</summary>
    Variant,
    /// <summary>A real table's body alone after its title, as the part continued on the next page: grouped with its document.</summary>
    Continuation,
    /// <summary>Generated from the title and header lists alone: belongs to no document, always in training.</summary>
    Synthetic,
}
