namespace ReportIngest.Review;

/// <summary>What a review run wrote: the index page, how many documents and page images, and what it could not show.</summary>
public sealed record ReviewResult(string IndexPath, int Documents, int PageImages, TimeSpan Elapsed, IReadOnlyList<string> Problems);
