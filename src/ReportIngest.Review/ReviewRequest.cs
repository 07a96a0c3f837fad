namespace ReportIngest.Review;

/// <summary>A document to review: its sha256 and, where known, the path of its source file (for page images and lines).</summary>
public sealed record ReviewRequest(string Sha256, string? SourcePath = null);
