namespace ReportIngest.Load;

/// <summary>What the database holds of a document loaded earlier: the counts a batch summary reports.</summary>
public sealed record LoadedDocument(int Pages, int Tables, int Facts, int ChecksFailed, int TablesToReview, IReadOnlyList<string> Warnings, string? Attention);
