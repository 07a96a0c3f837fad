namespace ReportIngest.Extract.Pdf;

/// <summary>Settings of <see cref="PdfExtractor"/>.</summary>
public sealed record PdfExtractorOptions
{
    /// <summary>
    /// Parsed pages waiting for or under analysis at most; parsing waits when this many are. Bounds the memory of a long
    /// document whose pages parse faster than they are analysed.
    /// </summary>
    public int PagesInFlight { get; init; } = 4;

    /// <summary>Reads pages that have no text layer (OCR); null leaves them out, and a wholly scanned PDF fails.</summary>
    public Scanned.IScannedPageReader? ScannedPages { get; init; }

    /// <summary>Told after each scanned page is read.</summary>
    public IProgress<Scanned.ScanProgress>? ScanProgress { get; init; }

    public static PdfExtractorOptions Default { get; } = new();
}
