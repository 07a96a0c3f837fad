using ReportIngest.Core.Documents;
using ReportIngest.Core.Sources;
using ReportIngest.Pipeline.Batch;

namespace ReportIngest.Pipeline.Stages;

/// <summary>One document going through the stages: what every stage may read besides the previous artifact.</summary>
/// <param name="Sha256">The document's identity, which names its artifacts.</param>
public sealed record DocumentRun(string Sha256)
{
    /// <summary>The file itself; null when the run starts from stored artifacts.</summary>
    public SourceDocument? Source { get; init; }

    /// <summary>What a manifest said about the document (region, department, year, phase): an input of normalise.</summary>
    public SourceHints Hints { get; init; } = SourceHints.None;

    /// <summary>Where the load stage writes; null when the run does not load.</summary>
    public DocumentDatabase? Database { get; init; }

    /// <summary>The versions of every stage this run goes through, recorded with the loaded document; null when not known.</summary>
    public string? StageVersions { get; init; }

    public CancellationToken Cancellation { get; init; }

    /// <summary>The stage running now, so a timeout can say where the document was.</summary>
    public string? CurrentStage { get; internal set; }

    public static DocumentRun Of(SourceDocument source) => new(source.Sha256) { Source = source };
}
