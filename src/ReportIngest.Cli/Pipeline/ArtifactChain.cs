using ReportIngest.Core.Artifacts;
using ReportIngest.Core.Extraction;
using ReportIngest.Core.Facts;
using ReportIngest.Core.Tables;

namespace ReportIngest.Cli.Pipeline;

/// <summary>Rebuilds a stage's full document from the stored artifacts of that stage and the stages before it.</summary>
internal static class ArtifactChain
{
    public static ExtractedDocument Extracted(ArtifactStore store, string sha) => store.Load<ExtractedDocument>(sha, Stages.Extract);

    public static ReconstructedDocument Reconstructed(ArtifactStore store, string sha) => store.Load<ReconstructedDocument>(sha, Stages.Reconstruct);

    public static ClassifiedDocument Classified(ArtifactStore store, string sha) =>
        new(Reconstructed(store, sha), store.Load<List<TableLabel>>(sha, Stages.Classify));

    public static NormalisedDocument Normalised(ArtifactStore store, string sha) =>
        store.Load<NormalisedPart>(sha, Stages.Normalise).With(Classified(store, sha));

    public static ValidatedDocument Validated(ArtifactStore store, string sha) =>
        new(Normalised(store, sha), store.Load<List<CheckResult>>(sha, Stages.Validate));
}
