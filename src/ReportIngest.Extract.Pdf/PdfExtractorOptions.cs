namespace ReportIngest.Extract.Pdf;

/// <summary>Settings of <see cref="PdfExtractor"/>.</summary>
public sealed record PdfExtractorOptions
{
    /// <summary>
    /// Pages analysed at once, each worker with its own parser (PdfPig documents are not
    /// thread-safe, so every worker parses the fonts again). One by default: on the shared
    /// two-core machine a second worker measured slower, and batch runs parallelise documents.
    /// </summary>
    public int MaxParallelPages { get; init; } = 1;

    public static PdfExtractorOptions Default { get; } = new();
}
