using ReportIngest.Tests.Support;

namespace ReportIngest.Tests.Narrative;

/// <summary>The eleven real reports of ../shared/real ingested once into one database for the tests that read it.</summary>
public sealed class RealReportsDatabase : IDisposable
{
    private readonly TempDirectory _temp = new();

    public RealReportsDatabase()
    {
        Path = _temp.File("real.db");
        if (Directory.Exists(RepoPaths.RealReports))
            ExitCode = Ingest.Run(Path, Directory.EnumerateFiles(RepoPaths.RealReports, "*.pdf").Order().ToArray());
    }

    public string Path { get; }
    public int ExitCode { get; }

    public void Dispose() => _temp.Dispose();
}
