namespace ReportIngest.Core.Sources;

/// <summary>
/// The record of which manifest URLs are stored and which failed, so a re-run skips the first and retries the second.
/// Implementations must accept calls from several threads at once.
/// </summary>
public interface ISourceLedger
{
    /// <summary>The last outcome recorded for the URL, or null when it was never tried.</summary>
    Task<SourceRecord?> FindAsync(string url, CancellationToken cancellationToken);

    /// <summary>Records an outcome, replacing any earlier one for the same URL.</summary>
    Task RecordAsync(SourceRecord record, CancellationToken cancellationToken);
}
