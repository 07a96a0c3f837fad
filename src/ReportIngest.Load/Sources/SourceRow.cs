namespace ReportIngest.Load.Sources;

/// <summary>A <c>source</c> row as Dapper reads it.</summary>
internal sealed class SourceRow
{
    public string Url { get; init; } = "";
    public string Status { get; init; } = "";
    public string? Reason { get; init; }
    public long Attempts { get; init; }
    public string? Sha256 { get; init; }
    public long? Bytes { get; init; }
    public string FetchedAt { get; init; } = "";
    public string? Path { get; init; }
    public string? Hints { get; init; }
}
