using ReportIngest.Core.Sources;

namespace ReportIngest.Acquire;

/// <summary>The outcome of a run: one record per manifest URL, in manifest order.</summary>
/// <param name="Fetched">URLs fetched and stored in this run.</param>
/// <param name="Skipped">URLs already stored by an earlier run, not fetched again.</param>
/// <param name="BytesFetched">Bytes downloaded and stored in this run.</param>
/// <param name="OpenedCircuits">Hosts whose circuit breaker opened.</param>
public sealed record AcquireSummary(
    IReadOnlyList<SourceRecord> Records,
    int Fetched,
    int Skipped,
    long BytesFetched,
    TimeSpan Elapsed,
    IReadOnlyList<string> OpenedCircuits)
{
    /// <summary>Every stored file (this run's and earlier runs'), ready for the pipeline: path, URL, hints.</summary>
    public IReadOnlyList<SourceRecord> Stored => Records.Where(r => r.Status == SourceStatus.Stored).ToList();

    public IReadOnlyList<SourceRecord> Failed => Records.Where(r => r.Status == SourceStatus.Failed).ToList();
}
