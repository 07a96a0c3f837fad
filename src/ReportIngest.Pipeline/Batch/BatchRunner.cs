using System.Diagnostics;
using ReportIngest.Core.Artifacts;
using ReportIngest.Core.Documents;
using ReportIngest.Core.Facts;
using ReportIngest.Core.Sources;
using ReportIngest.Core.Tables;
using ReportIngest.Pipeline.Stages;

namespace ReportIngest.Pipeline.Batch;

/// <summary>
/// Runs every stage of the pipeline for each document of a batch, several documents at once, the last stage loading
/// each into the database in its own transaction. A document that fails at any stage is recorded with its reason and
/// the batch goes on.
/// </summary>
public sealed class BatchRunner(DocumentPipeline pipeline, BatchOptions options)
{
    /// <summary>The default stages with <paramref name="classifier"/>, artifacts kept beside the database.</summary>
    public static BatchRunner Create(BatchOptions options, ITableClassifier classifier) =>
        new(DocumentPipeline.CreateDefault(new ArtifactStore(options.ArtifactRoot), classifier, options.Pdf), options);

    public DocumentPipeline Pipeline => pipeline;

    public async Task<IReadOnlyList<DocumentOutcome>> RunAsync(
        IReadOnlyList<IngestInput> files, IProgress<DocumentOutcome> progress, CancellationToken ct)
    {
        using var database = DocumentDatabase.Open(options.DatabasePath);
        var outcomes = new DocumentOutcome[files.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, files.Count),
            new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism, CancellationToken = ct },
            async (i, token) =>
            {
                outcomes[i] = await RunOneAsync(files[i], database, token);
                progress.Report(outcomes[i]);
            });
        return outcomes;
    }

    private async Task<DocumentOutcome> RunOneAsync(IngestInput input, DocumentDatabase database, CancellationToken ct)
    {
        var path = input.Path;
        var clock = Stopwatch.StartNew();
        SourceDocument? source = null;
        try
        {
            source = SourceFiles.Open(path, input.Source);
            var first = pipeline.Stages[0].Name;
            if (source.Bytes > options.MaxFileBytes)
                throw new DocumentFailure(first, $"file too large ({source.Bytes / (1024 * 1024)} MiB > {options.MaxFileBytes / (1024 * 1024)} MiB)");
            var run = DocumentRun.Of(source) with { Hints = input.Hints ?? SourceHints.None, Database = database };
            var output = await pipeline.RunAsync(source, first, pipeline.Stages[^1].Name, run, options.DocumentTimeout, ct);
            var validated = output as ValidatedDocument
                ?? throw new InvalidOperationException($"the pipeline's last stage returns {output.GetType().Name}, not a validated document");
            var n = validated.Normalised;
            return new DocumentOutcome(path, source.DocumentId, true, null, null, n.Classified.Document.Tables.Count, n.Facts.Count,
                validated.FailedChecks, n.Classified.Labels.Count(l => l.Confidence < database.ReviewThreshold), n.Warnings, clock.Elapsed);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            var (stage, reason) = e switch
            {
                DocumentFailure f => (f.Stage, f.Reason),
                IOException io => ("acquire", "cannot read the file: " + io.Message),
                UnauthorizedAccessException ua => ("acquire", "cannot read the file: " + ua.Message),
                _ => ("pipeline", $"internal error ({e.GetType().Name}): {e.Message}"),
            };
            if (source is not null) database.RecordFailure(source, stage, reason);
            return new DocumentOutcome(path, source?.DocumentId, false, stage, reason, 0, 0, 0, 0, [], clock.Elapsed);
        }
    }
}
