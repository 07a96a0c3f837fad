using System.Diagnostics;
using System.Net;
using ReportIngest.Core.Sources;

namespace ReportIngest.Acquire;

/// <summary>
/// The acquire stage: fetches every manifest URL not already stored, several hosts at once and a few requests per
/// host, records each outcome in the ledger and returns what is stored for the pipeline.
/// </summary>
public sealed class Acquirer : IDisposable
{
    private readonly AcquireOptions options;
    private readonly ISourceLedger ledger;
    private readonly HttpClient client;
    private readonly bool ownsClient;

    /// <param name="client">For tests or a shared client; by default the acquirer makes and disposes its own.</param>
    public Acquirer(AcquireOptions options, ISourceLedger ledger, HttpClient? client = null)
    {
        this.options = options;
        this.ledger = ledger;
        ownsClient = client is null;
        this.client = client ?? CreateClient(options);
    }

    /// <summary>Reads the manifest and acquires it: what <c>ingest --manifest</c> calls before the other stages.</summary>
    public static async Task<AcquireSummary> RunAsync(string manifestPath, AcquireOptions options, ISourceLedger ledger,
        IProgress<AcquireProgress>? progress, CancellationToken cancellationToken)
    {
        var entries = ManifestReader.Read(manifestPath);
        using var acquirer = new Acquirer(options, ledger);
        return await acquirer.RunAsync(entries, progress, cancellationToken);
    }

    public async Task<AcquireSummary> RunAsync(IReadOnlyList<ManifestEntry> entries, IProgress<AcquireProgress>? progress,
        CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var store = new ContentStore(options.StoreDirectory);
        store.RemoveAbandonedPartials();
        var fetcher = new ReportFetcher(client, store, options);
        var pipelines = new HostPipelines(options);
        var tally = new ProgressTally(entries.Count);
        var records = new SourceRecord[entries.Count];

        var hosts = entries.Select((entry, index) => (entry, index)).GroupBy(item => item.entry.HostKey);
        var acrossHosts = new ParallelOptions { MaxDegreeOfParallelism = options.MaxParallelHosts, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(hosts, acrossHosts, async (host, hostToken) =>
        {
            var pipeline = pipelines.For(host.Key);
            var withinHost = new ParallelOptions { MaxDegreeOfParallelism = options.PerHostConcurrency, CancellationToken = hostToken };
            await Parallel.ForEachAsync(host, withinHost, async (item, token) =>
            {
                var (record, skipped) = await AcquireOneAsync(item.entry, fetcher, pipeline, token);
                records[item.index] = record;
                var snapshot = tally.Add(record, skipped); // counted even when nobody listens
                progress?.Report(snapshot);
            });
        });
        return new AcquireSummary(records, tally.Fetched, tally.Skipped, tally.Bytes, clock.Elapsed, pipelines.OpenedCircuits);
    }

    private async Task<(SourceRecord Record, bool Skipped)> AcquireOneAsync(ManifestEntry entry, ReportFetcher fetcher,
        Polly.ResiliencePipeline pipeline, CancellationToken cancellationToken)
    {
        var previous = await ledger.FindAsync(entry.Url.AbsoluteUri, cancellationToken);
        if (previous is { Status: SourceStatus.Stored, Path: { } path } && File.Exists(path))
            return (previous with { Hints = entry.Hints }, true); // this manifest's hints are the ones the pipeline should get
        var record = await fetcher.FetchAsync(entry, pipeline, cancellationToken);
        await ledger.RecordAsync(record, cancellationToken);
        return (record, false);
    }

    /// <summary>The handler the acquirer's own client uses; tests wrap it to watch the requests.</summary>
    public static SocketsHttpHandler CreateHandler(AcquireOptions options) => new()
    {
        MaxConnectionsPerServer = options.PerHostConcurrency,
        AutomaticDecompression = DecompressionMethods.All,
        ConnectTimeout = options.StallTimeout,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
    };

    private static HttpClient CreateClient(AcquireOptions options)
    {
        var client = new HttpClient(CreateHandler(options)) { Timeout = Timeout.InfiniteTimeSpan }; // the Polly pipeline times requests
        client.DefaultRequestHeaders.UserAgent.ParseAdd(options.UserAgent);
        return client;
    }

    public void Dispose()
    {
        if (ownsClient) client.Dispose();
    }
}
