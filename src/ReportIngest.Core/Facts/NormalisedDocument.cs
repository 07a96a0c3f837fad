using ReportIngest.Core.Tables;

namespace ReportIngest.Core.Facts;

/// <summary>The normalise stage's output: metadata, each table's mapping and the facts.</summary>
public sealed record NormalisedDocument(
    ClassifiedDocument Classified,
    DocumentMetadata Metadata,
    IReadOnlyList<TableMapping> Mappings,
    IReadOnlyList<Fact> Facts,
    IReadOnlyList<string> Warnings)
{
    /// <summary>The key figures the running text states in words; empty in artifacts written before they were read.</summary>
    public IReadOnlyList<NarrativeStatement> Statements { get; init; } = [];
}
