using ReportIngest.Core.Documents;
using ReportIngest.Core.Facts;
using StageNames = ReportIngest.Core.Artifacts.Stages;

namespace ReportIngest.Pipeline.Stages;

/// <summary>load: the document into the run's database in one transaction, replacing an earlier load of it.</summary>
public sealed class LoadStage : DocumentStage<ValidatedDocument, ValidatedDocument>
{
    public override string Name => StageNames.Load;

    public override bool SavesArtifact => false;

    public override ValidatedDocument Compute(ValidatedDocument input, DocumentRun run)
    {
        var database = run.Database ?? throw new InvalidOperationException("the load stage needs a database");
        run.Cancellation.ThrowIfCancellationRequested(); // a document abandoned for its time limit is not loaded after all
        if (ReportEvidence.NotAReport(input, database.ReviewThreshold) is { } notAReport)
            throw new DocumentFailure(Name, notAReport);
        var document = input.Normalised.Classified.Document;
        database.Load(run.Source ?? new SourceDocument("", document.Source, document.Sha256, 0, document.Kind), input, run.StageVersions);
        return input;
    }
}
