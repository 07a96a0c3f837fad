namespace ReportIngest.Review.Model;

/// <summary>The index page: every document of the batch.</summary>
public sealed record BatchView(string Database, string Written, IReadOnlyList<DocumentSummary> Documents)
{
    public int Loaded => Documents.Count(d => d.Status == "loaded");
    public int Failed => Documents.Count - Loaded;
    public int FailedChecks => Documents.Sum(d => d.FailedChecks);
}
