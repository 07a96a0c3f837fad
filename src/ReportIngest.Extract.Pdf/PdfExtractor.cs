using ReportIngest.Core.Documents;
using ReportIngest.Core.Extraction;
using ReportIngest.Extract.Pdf.Scanned;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Exceptions;

namespace ReportIngest.Extract.Pdf;

/// <summary>
/// The extract stage for PDFs: per page, in reading order, the running text lines and the
/// tables found there (ruled tables from their ruling lines, unruled ones from text alignment).
/// </summary>
public sealed class PdfExtractor : IDocumentExtractor
{
    public const string Stage = "extract";
    public const string NoTextLayer = "no text layer (scanned) and OCR is off";
    public const string Encrypted = "encrypted PDF (password required)";

    private readonly PdfExtractorOptions _options;

    public PdfExtractor() : this(PdfExtractorOptions.Default) { }

    public PdfExtractor(PdfExtractorOptions options) => _options = options;

    public bool CanRead(SourceDocument document) => document.Kind == DocumentKind.Pdf;

    public ExtractedDocument Extract(SourceDocument document, CancellationToken cancellationToken)
    {
        using var pdf = Open(document.Path);
        var pageCount = ReadPageCount(pdf);
        var pages = new List<PageElement>[pageCount];
        var letters = new int[pageCount];
        var workers = Math.Clamp(_options.MaxParallelPages, 1, pageCount);
        if (workers == 1)
        {
            AnalyzePages(pdf, 0, 1, pages, letters, cancellationToken);
        }
        else
        {
            try
            {
                Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers, CancellationToken = cancellationToken }, worker =>
                {
                    if (worker == 0)
                    {
                        AnalyzePages(pdf, worker, workers, pages, letters, cancellationToken);
                        return;
                    }
                    using var own = Open(document.Path);
                    AnalyzePages(own, worker, workers, pages, letters, cancellationToken);
                });
            }
            catch (AggregateException e) when (e.InnerExceptions.Count > 0)
            {
                var first = e.InnerExceptions.FirstOrDefault(x => x is DocumentFailure) ?? e.InnerExceptions[0];
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(first).Throw();
                throw;
            }
        }
        var scanned = Enumerable.Range(0, pageCount).Where(i => letters[i] == 0).ToList();
        if (scanned.Count > 0)
        {
            if (_options.ScannedPages is not { } reader)
            {
                if (scanned.Count == pageCount) throw new DocumentFailure(Stage, NoTextLayer);
            }
            else
            {
                ScannedPageReading.Read(reader, document, scanned, pages, _options.ScanProgress, cancellationToken);
            }
        }
        Tables.ContinuationAligner.Align(pages);
        return new ExtractedDocument(document.Sha256, document.Source, DocumentKind.Pdf, pageCount, pages.SelectMany(p => p).ToList());
    }

    /// <summary>Analyses pages first+1, first+1+step, ... of the document.</summary>
    private static void AnalyzePages(PdfDocument pdf, int first, int step, List<PageElement>[] pages, int[] letters, CancellationToken cancellationToken)
    {
        for (var index = first; index < pages.Length; index += step)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = ReadPage(pdf, index + 1);
            letters[index] = page.Letters.Count;
            pages[index] = PdfPageAnalyzer.Analyze(page);
        }
    }

    private static PdfDocument Open(string path)
    {
        try
        {
            return PdfDocument.Open(path, new ParsingOptions { UseLenientParsing = true, Password = "", ClipPaths = false, SkipMissingFonts = true });
        }
        catch (PdfDocumentEncryptedException)
        {
            throw new DocumentFailure(Stage, Encrypted);
        }
        catch (Exception e) when (e is not OperationCanceledException and not DocumentFailure and not OutOfMemoryException)
        {
            throw Corrupt(e);
        }
    }

    private static int ReadPageCount(PdfDocument pdf)
    {
        try
        {
            var count = pdf.NumberOfPages;
            if (count <= 0) throw new DocumentFailure(Stage, "corrupt PDF: no pages");
            return count;
        }
        catch (Exception e) when (e is not DocumentFailure and not OutOfMemoryException)
        {
            throw Corrupt(e);
        }
    }

    private static UglyToad.PdfPig.Content.Page ReadPage(PdfDocument pdf, int number)
    {
        try
        {
            return pdf.GetPage(number);
        }
        catch (PdfDocumentEncryptedException)
        {
            throw new DocumentFailure(Stage, Encrypted);
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            throw new DocumentFailure(Stage, $"corrupt or truncated PDF: page {number} unreadable ({Describe(e)})");
        }
    }

    private static DocumentFailure Corrupt(Exception e) => new(Stage, $"corrupt or truncated PDF ({Describe(e)})");

    private static string Describe(Exception e) =>
        e is PdfDocumentFormatException ? e.Message : $"{e.GetType().Name}: {e.Message}";
}
