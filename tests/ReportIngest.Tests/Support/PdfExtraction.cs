using ReportIngest.Core.Extraction;
using ReportIngest.Extract.Ocr;
using ReportIngest.Extract.Pdf;
using ReportIngest.Pipeline;

namespace ReportIngest.Tests.Support;

/// <summary>The extract stage alone on one PDF, the file opened as a batch opens it.</summary>
public static class PdfExtraction
{
    public static ExtractedDocument Of(string path, CancellationToken cancellationToken = default) =>
        new PdfExtractor().Extract(SourceFiles.Open(path), cancellationToken);

    /// <summary>With pages that have no text layer read by Tesseract, one page at a time.</summary>
    public static ExtractedDocument WithOcr(string path)
    {
        using var reader = new TesseractPageReader(new OcrOptions { MaxParallelPages = 1 });
        return new PdfExtractor(new PdfExtractorOptions { ScannedPages = reader }).Extract(SourceFiles.Open(path), CancellationToken.None);
    }
}
