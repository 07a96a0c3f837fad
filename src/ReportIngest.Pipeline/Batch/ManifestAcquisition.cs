using ReportIngest.Acquire;
using ReportIngest.Load.Sources;

namespace ReportIngest.Pipeline.Batch;

/// <summary>
/// <c>ingest --manifest</c>'s first half: the manifest's URLs fetched into the store and recorded in the database's
/// source ledger; the stored files come back as inputs (source = URL, with the manifest's hints).
/// </summary>
public static class ManifestAcquisition
{
    /// <exception cref="ManifestFormatException">The manifest cannot be read.</exception>
    public static async Task<(AcquireSummary Summary, IReadOnlyList<IngestInput> Files)> RunAsync(
        string manifestPath, string databasePath, string store, IProgress<AcquireProgress> progress, CancellationToken ct)
    {
        using var ledger = SqliteSourceLedger.Open(databasePath);
        var summary = await Acquirer.RunAsync(manifestPath, AcquireOptions.Default with { StoreDirectory = store }, ledger, progress, ct);
        return (summary, summary.Stored.Select(r => new IngestInput(r.Path!, r.Url, r.Hints)).ToList());
    }
}
