namespace ReportIngest.Core.Artifacts;

/// <summary>A stored artifact: which stage wrote it, the version of the stages that made it, when, and what it holds.</summary>
public sealed record ArtifactEnvelope<T>(string Stage, string Version, DateTimeOffset Written, T Payload);
