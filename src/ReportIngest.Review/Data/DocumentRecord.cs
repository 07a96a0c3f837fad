namespace ReportIngest.Review.Data;

/// <summary>A document's row in the database: identity, status and what the pipeline found in it.</summary>
internal sealed record DocumentRecord
{
    public string DocumentId { get; init; } = "";
    public string Sha256 { get; init; } = "";
    public string Source { get; init; } = "";
    public string Kind { get; init; } = "";
    public string Status { get; init; } = "";
    public string? Reason { get; init; }
    public string? FailedStage { get; init; }
    public string? Region { get; init; }
    public string? RegionCode { get; init; }
    public string? Department { get; init; }
    public int? FiscalYear { get; init; }
    public string? Phase { get; init; }
    public int? Pages { get; init; }
    public int? Tables { get; init; }
    public int? Facts { get; init; }
    public int? ChecksFailed { get; init; }
    public int? TablesToReview { get; init; }
    /// <summary>JSON array of normalisation warnings.</summary>
    public string? Warnings { get; init; }
}
