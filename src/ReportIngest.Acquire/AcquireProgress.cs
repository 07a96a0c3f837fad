using ReportIngest.Core.Sources;

namespace ReportIngest.Acquire;

/// <summary>Where a run stands, reported after each URL.</summary>
/// <param name="Stored">URLs fetched and stored in this run.</param>
/// <param name="Skipped">URLs already stored by an earlier run.</param>
/// <param name="Bytes">Bytes fetched in this run.</param>
/// <param name="FailuresByReason">Failed URLs per reason category.</param>
/// <param name="Latest">The URL just finished.</param>
public sealed record AcquireProgress(
    int Total,
    int Stored,
    int Skipped,
    int Failed,
    long Bytes,
    IReadOnlyDictionary<string, int> FailuresByReason,
    SourceRecord Latest)
{
    public int Completed => Stored + Skipped + Failed;
}
