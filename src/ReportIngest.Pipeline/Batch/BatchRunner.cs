using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using ReportIngest.Core.Artifacts;
using ReportIngest.Core.Documents;
using ReportIngest.Core.Facts;
using ReportIngest.Core.Sources;
using ReportIngest.Core.Tables;
using ReportIngest.Load;
using ReportIngest.Pipeline.Stages;

namespace ReportIngest.Pipeline.Batch;

/// <summary>
/// Runs every stage of the pipeline for each document of a batch, several documents at once, the last stage loading
/// each into the database in its own transaction. A document that fails at any stage is recorded with its reason and
/// the batch goes on; when even recording the failure is impossible (the database locked by another program), the
/// outcome says so and the batch still goes on. Files with the same bytes are one document: the first is processed,
/// the others are reported as copies of it. Cancelling stops before the documents in flight are loaded: what finished
/// stays loaded, what did not leaves nothing behind.
/// </summary>
public sealed class BatchRunner(DocumentPipeline pipeline, BatchOptions options)
{
    private readonly ConcurrentDictionary<string, int> firstInputBySha = new();

    /// <summary>The default stages with <paramref name="classifier"/>, artifacts kept beside the database.</summary>
    public static BatchRunner Create(BatchOptions options, ITableClassifier classifier) =>
        new(DocumentPipeline.CreateDefault(new ArtifactStore(options.ArtifactRoot), classifier, options.Pdf), options);

    public DocumentPipeline Pipeline => pipeline;

    /// <returns>One outcome per input, in order; those the batch did not finish when cancelled are <see cref="DocumentOutcome.Interrupted"/>.</returns>
    public async Task<IReadOnlyList<DocumentOutcome>> RunAsync(
        IReadOnlyList<IngestInput> files, IProgress<DocumentOutcome> progress, CancellationToken ct)
    {
        pipeline.Artifacts?.RemoveAbandonedTemporaries();
        ReserveThreads(options.Parallelism);
        using var database = DocumentDatabase.Open(options.DatabasePath, options.BusyTimeout);
        var outcomes = new DocumentOutcome?[files.Count];
        try
        {
            await Parallel.ForEachAsync(LargestFirst(files),
                new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism, CancellationToken = ct },
                async (i, token) =>
                {
                    var outcome = await RunOneAsync(files, i, database, token);
                    if (outcome is null) return;
                    outcomes[i] = outcome;
                    progress.Report(outcome);
                });
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
        return outcomes.Select((o, i) => o ?? DocumentOutcome.NotRun(files[i].Path)).ToList();
    }

    /// <summary>
    /// Each document in flight holds a pool thread that waits for its pages' analyses, which run on the pool too; with
    /// only as many threads as cores the pool adds the missing ones slowly and a core idles meanwhile. 40 corpus reports
    /// on two cores: 10.2 s with the default minimum, 8.8 s with threads to spare (median of 3, alternated).
    /// </summary>
    private static void ReserveThreads(int parallelism)
    {
        ThreadPool.GetMinThreads(out var workers, out var io);
        var wanted = Environment.ProcessorCount + 2 * Math.Max(1, parallelism);
        if (workers < wanted) ThreadPool.SetMinThreads(wanted, io);
    }

    /// <summary>
    /// The order documents start in: largest file first, so the batch does not end with one core working through a
    /// long report started last while the other has nothing left to do.
    /// </summary>
    private static IEnumerable<int> LargestFirst(IReadOnlyList<IngestInput> files) =>
        Enumerable.Range(0, files.Count).OrderByDescending(i => SizeOf(files[i].Path)).ThenBy(i => i).ToList();

    private static long SizeOf(string path)
    {
        try
        {
            return new FileInfo(path).Length;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return 0;
        }
    }

    /// <returns>null when the batch was cancelled before the document finished.</returns>
    private async Task<DocumentOutcome?> RunOneAsync(IReadOnlyList<IngestInput> files, int index, DocumentDatabase database, CancellationToken ct)
    {
        var input = files[index];
        var path = input.Path;
        var clock = Stopwatch.StartNew();
        SourceDocument? source = null;
        try
        {
            source = SourceFiles.Open(path, input.Source);
            var firstOfBytes = firstInputBySha.GetOrAdd(source.Sha256, index);
            if (firstOfBytes != index) return DocumentOutcome.Copy(path, source.DocumentId, files[firstOfBytes].Path);
            var first = pipeline.Stages[0].Name;
            if (source.Bytes > options.MaxFileBytes)
                throw new DocumentFailure(first, $"file too large ({source.Bytes / (1024 * 1024)} MiB > {options.MaxFileBytes / (1024 * 1024)} MiB)");
            var run = DocumentRun.Of(source) with { Hints = input.Hints ?? SourceHints.None, Database = database };
            run = run with { StageVersions = pipeline.VersionOf(pipeline.Stages[^1], run) };
            if (!options.Reload && database.FindUnchanged(source, run.StageVersions) is { } loaded)
                return DocumentOutcome.AlreadyLoaded(path, source.DocumentId, loaded, clock.Elapsed);
            var output = await pipeline.RunAsync(source, first, pipeline.Stages[^1].Name, run, new DocumentTimeLimit(options.DocumentTimeout, options.OcrPageTimeout), ct);
            var validated = output as ValidatedDocument
                ?? throw new InvalidOperationException($"the pipeline's last stage returns {output.GetType().Name}, not a validated document");
            var n = validated.Normalised;
            var toReview = n.Classified.Labels.Count(l => l.Confidence < database.ReviewThreshold);
            return new DocumentOutcome(path, source.DocumentId, true, null, null, n.Classified.Document.Tables.Count, n.Facts.Count,
                validated.FailedChecks, toReview, n.Warnings, clock.Elapsed)
            { Attention = DocumentAttention.Of(validated, toReview), Pages = n.Classified.Document.PageCount ?? 0 };
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            return null;
        }
        catch (Exception e)
        {
            var (stage, reason) = e switch
            {
                DocumentFailure f => (f.Stage, f.Reason),
                IOException io => ("acquire", "cannot read the file: " + io.Message),
                UnauthorizedAccessException ua => ("acquire", "cannot read the file: " + ua.Message),
                _ => ("pipeline", $"internal error ({e.GetType().Name}): {e.Message}"),
            };
            source ??= SourceFiles.Unreadable(path, input.Source);
            reason = Record(database, source, stage, reason);
            return new DocumentOutcome(path, source.DocumentId, false, stage, reason, 0, 0, 0, 0, [], clock.Elapsed);
        }
    }

    /// <summary>Records the failure; when the database refuses even that, says so in the reason instead of dying.</summary>
    private static string Record(DocumentDatabase database, SourceDocument source, string stage, string reason)
    {
        try
        {
            database.RecordFailure(source, stage, reason);
            return reason;
        }
        catch (SqliteException e)
        {
            var why = DocumentDatabase.IsLocked(e) ? "the database is locked" : e.Message;
            return $"{reason} (not recorded in the database: {why})";
        }
    }
}
