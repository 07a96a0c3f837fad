using ReportIngest.Extract.Ocr;
using ReportIngest.Extract.Pdf;
using ReportIngest.Extract.Pdf.Scanned;

namespace ReportIngest.Pipeline;

/// <summary>How scanned PDF pages are read: OCR by Tesseract unless <c>--no-ocr</c>, over as many pages at once as <c>--jobs</c>.</summary>
public static class OcrSetup
{
    public static PdfExtractorOptions Options(bool ocr, int jobs, IProgress<ScanProgress>? progress = null) => ocr
        ? new PdfExtractorOptions { ScannedPages = new TesseractPageReader(new OcrOptions { MaxParallelPages = Math.Max(1, jobs) }), ScanProgress = progress }
        : PdfExtractorOptions.Default;
}
