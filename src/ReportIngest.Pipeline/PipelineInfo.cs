using ReportIngest.Core.Artifacts;

namespace ReportIngest.Pipeline;

/// <summary>Defaults shared by the commands: database and artifact locations, the pipeline version stamp.</summary>
public static class PipelineInfo
{
    public const string DefaultDatabase = "data/reports.db";
    public const string Version = "0.1.0";

    /// <summary>Artifacts live beside the database: data/reports.db → data/artifacts/.</summary>
    public static string ArtifactRootFor(string database) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(database)) ?? ".", "artifacts");

    public static ArtifactStore ArtifactsFor(string database) => new(ArtifactRootFor(database));
}
