using ReportIngest.Core.Documents;
using ReportIngest.Core.Extraction;
using ReportIngest.Core.Tables;
using ReportIngest.Reconstruct;
using StageNames = ReportIngest.Core.Artifacts.Stages;

namespace ReportIngest.Pipeline.Stages;

/// <summary>reconstruct: tables with titles, units, pages and header trees; a document without one fails here.</summary>
public sealed class ReconstructStage : DocumentStage<ExtractedDocument, ReconstructedDocument>
{
    private readonly TableReconstructor reconstructor = new();

    public override string Name => StageNames.Reconstruct;

    public override string Version => CodeIdentity.Of(typeof(TableReconstructor), GetType());

    public override ReconstructedDocument Compute(ExtractedDocument input, DocumentRun run)
    {
        var reconstructed = reconstructor.Reconstruct(input);
        if (reconstructed.Tables.Count == 0)
            throw new DocumentFailure(Name, "no table found in the document");
        return reconstructed;
    }
}
