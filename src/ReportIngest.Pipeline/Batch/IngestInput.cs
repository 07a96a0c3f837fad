using ReportIngest.Core.Sources;

namespace ReportIngest.Pipeline.Batch;

/// <summary>One file to ingest: its local path, the source to record (file name or URL) and a manifest's hints.</summary>
public sealed record IngestInput(string Path, string? Source = null, SourceHints? Hints = null);
