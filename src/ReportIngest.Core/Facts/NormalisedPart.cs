using ReportIngest.Core.Tables;

namespace ReportIngest.Core.Facts;

/// <summary>What the normalise stage adds to a classified document: the normalise artifact.</summary>
public sealed record NormalisedPart(
    DocumentMetadata Metadata,
    IReadOnlyList<TableMapping> Mappings,
    IReadOnlyList<Fact> Facts,
    IReadOnlyList<string> Warnings)
{
    public IReadOnlyList<NarrativeStatement> Statements { get; init; } = [];

    public static NormalisedPart Of(NormalisedDocument document) =>
        new(document.Metadata, document.Mappings, document.Facts, document.Warnings) { Statements = document.Statements };

    public NormalisedDocument With(ClassifiedDocument classified) =>
        new(classified, Metadata, Mappings, Facts, Warnings) { Statements = Statements };
}
