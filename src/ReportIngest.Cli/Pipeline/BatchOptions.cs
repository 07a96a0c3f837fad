namespace ReportIngest.Cli.Pipeline;

/// <summary>How a batch runs: where it writes, how many documents at once, how long one document may take.</summary>
internal sealed record BatchOptions(string DatabasePath, string ArtifactRoot)
{
    public int Parallelism { get; init; } = Environment.ProcessorCount;
    public TimeSpan DocumentTimeout { get; init; } = TimeSpan.FromMinutes(5);
    public long MaxFileBytes { get; init; } = 512L * 1024 * 1024;
}
