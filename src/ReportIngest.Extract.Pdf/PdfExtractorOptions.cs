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

    /// <summary>Reads pages that have no text layer (OCR); null leaves them out, and a wholly scanned PDF fails.</summary>
    public Scanned.IScannedPageReader? ScannedPages { get; init; }

    /// <summary>Told after each scanned page is read.</summary>
    public IProgress<Scanned.ScanProgress>? ScanProgress { get; init; }

    public static PdfExtractorOptions Default { get; } = new();
}
