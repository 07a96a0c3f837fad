namespace ReportIngest.Pipeline;

/// <summary>What the command line's files and folders expand to: the files to ingest and the ones that are not reports.</summary>
public sealed record SourceListing(IReadOnlyList<string> Files, IReadOnlyList<string> Skipped);
