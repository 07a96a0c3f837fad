namespace ReportIngest.Core.Sources;

/// <summary>One manifest URL's acquisition outcome, as kept in the <c>source</c> table (one row per URL).</summary>
/// <param name="Reason">Why it failed, in words a researcher understands; null when stored.</param>
/// <param name="Attempts">HTTP requests made for it in the run that wrote this record.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the stored bytes; null when failed.</param>
/// <param name="Path">Where the bytes are in the content-addressed store; null when failed.</param>
public sealed record SourceRecord(
    string Url,
    SourceStatus Status,
    string? Reason,
    int Attempts,
    string? Sha256,
    long? Bytes,
    DateTimeOffset FetchedAt,
    string? Path,
    SourceHints Hints)
{
    public static SourceRecord Stored(string url, int attempts, string sha256, long bytes, string path, SourceHints hints) =>
        new(url, SourceStatus.Stored, null, attempts, sha256, bytes, DateTimeOffset.UtcNow, path, hints);

    public static SourceRecord Failed(string url, string reason, int attempts, SourceHints hints) =>
        new(url, SourceStatus.Failed, reason, attempts, null, null, DateTimeOffset.UtcNow, null, hints);
}
