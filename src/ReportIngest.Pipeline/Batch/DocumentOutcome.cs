namespace ReportIngest.Pipeline.Batch;

/// <summary>What happened to one document in a batch.</summary>
public sealed record DocumentOutcome(
    string Path,
    string? DocumentId,
    bool Loaded,
    string? FailedStage,
    string? Reason,
    int Tables,
    int Facts,
    int ChecksFailed,
    int TablesToReview,
    IReadOnlyList<string> Warnings,
    TimeSpan Elapsed);
