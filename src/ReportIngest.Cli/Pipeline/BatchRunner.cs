using System.Diagnostics;
using ReportIngest.Core.Documents;
using ReportIngest.Core.Facts;
using ReportIngest.Load;

namespace ReportIngest.Cli.Pipeline;

/// <summary>
/// Runs every stage for each document of a batch, several documents at once, and loads each into the database
/// in its own transaction. A document that fails at any stage is recorded with its reason and the batch goes on.
/// </summary>
internal sealed class BatchRunner(DocumentPipeline pipeline, BatchOptions options, string pipelineVersion)
{
    private readonly object writeLock = new();

    public async Task<IReadOnlyList<DocumentOutcome>> RunAsync(
        IReadOnlyList<IngestInput> files, IProgress<DocumentOutcome> progress, CancellationToken ct)
    {
        using var connection = Database.Open(options.DatabasePath);
        var loader = new DocumentLoader(connection, pipelineVersion);
        var outcomes = new DocumentOutcome[files.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, files.Count),
            new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism, CancellationToken = ct },
            async (i, token) =>
            {
                outcomes[i] = await RunOneAsync(files[i], loader, token);
                progress.Report(outcomes[i]);
            });
        return outcomes;
    }

    private async Task<DocumentOutcome> RunOneAsync(IngestInput input, DocumentLoader loader, CancellationToken ct)
    {
        var path = input.Path;
        var clock = Stopwatch.StartNew();
        SourceDocument? source = null;
        try
        {
            source = SourceFiles.Open(path, input.Source);
            if (source.Bytes > options.MaxFileBytes)
                throw new DocumentFailure("extract", $"file too large ({source.Bytes / (1024 * 1024)} MiB > {options.MaxFileBytes / (1024 * 1024)} MiB)");
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(options.DocumentTimeout);
            var work = Task.Run(() => pipeline.RunThroughValidate(source, timeout.Token), timeout.Token);
            ValidatedDocument validated;
            try
            {
                validated = await work.WaitAsync(options.DocumentTimeout + TimeSpan.FromSeconds(5), ct);
            }
            catch (Exception e) when (e is OperationCanceledException or TimeoutException && !ct.IsCancellationRequested)
            {
                throw new DocumentFailure("extract", $"took longer than the {options.DocumentTimeout.TotalSeconds:0} s limit per document");
            }
            if (input.Hints is { } hints) validated = ManifestHints.Apply(validated, hints);
            lock (writeLock) loader.Load(source, validated);
            var n = validated.Normalised;
            return new DocumentOutcome(path, source.DocumentId, true, null, null, n.Classified.Document.Tables.Count, n.Facts.Count,
                validated.FailedChecks, n.Classified.Labels.Count(l => l.Confidence < loader.ReviewThreshold), n.Warnings, clock.Elapsed);
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
            if (source is not null)
                lock (writeLock) loader.RecordFailure(source, stage, reason);
            return new DocumentOutcome(path, source?.DocumentId, false, stage, reason, 0, 0, 0, 0, [], clock.Elapsed);
        }
    }
}
