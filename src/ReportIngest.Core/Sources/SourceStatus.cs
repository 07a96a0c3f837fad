namespace ReportIngest.Core.Sources;

/// <summary>What became of a manifest URL: its bytes are in the store, or it could not be fetched.</summary>
public enum SourceStatus
{
    Stored,
    Failed,
}
