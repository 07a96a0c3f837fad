using ReportIngest.Extract.Ocr;
using ReportIngest.Extract.Pdf;
using ReportIngest.Extract.Pdf.Scanned;

namespace ReportIngest.Cli.Commands;

/// <summary>How the commands read scanned PDF pages: OCR by Tesseract unless <c>--no-ocr</c>, over as many pages at once as <c>--jobs</c>.</summary>
internal static class OcrSetup
{
    public static PdfExtractorOptions Options(bool ocr, int jobs, IProgress<ScanProgress>? progress = null) => ocr
        ? new PdfExtractorOptions { ScannedPages = new TesseractPageReader(new OcrOptions { MaxParallelPages = Math.Max(1, jobs) }), ScanProgress = progress }
        : PdfExtractorOptions.Default;
}
