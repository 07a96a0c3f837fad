using ReportIngest.Core.Sources;

namespace ReportIngest.Acquire;

/// <summary>One line of a manifest: a report's URL and what the researcher already knows about it.</summary>
/// <param name="Line">1-based line of the manifest, for messages.</param>
public sealed record ManifestEntry(Uri Url, SourceHints Hints, int Line)
{
    /// <summary>Host and port: the unit of concurrency limits and circuit breaking.</summary>
    public string HostKey => Url.Authority;
}
