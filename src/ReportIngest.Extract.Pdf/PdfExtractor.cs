using ReportIngest.Core.Documents;
using ReportIngest.Core.Extraction;
using ReportIngest.Extract.Pdf.Reading;
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

    public PdfExtractor(PdfExtractorOptions options)
    {
        _options = options;
        PdfPigWarmUp.Start();
    }

    public bool CanRead(SourceDocument document) => document.Kind == DocumentKind.Pdf;

    public ExtractedDocument Extract(SourceDocument document, CancellationToken cancellationToken)
    {
        using var bytes = PdfFileBytes.Read(document.Path);
        using var pdf = Open(bytes.Bytes);
        var pageCount = ReadPageCount(pdf);
        var pages = new List<PageElement>[pageCount];
        var letters = new int[pageCount];
        ReadAndAnalyzePages(pdf, pages, letters, cancellationToken);
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

    /// <summary>
    /// Parses the pages in order on this thread, one document open (its fonts parsed once), and analyses each parsed
    /// page on the thread pool while the next is parsed, so one document alone (the last of a batch) keeps both cores
    /// busy. A process-wide lock around parsing (PdfPig's own content parser, used before pages were read by
    /// <see cref="DrawingPageFactory"/>, takes one for every operator it reads, which two documents contend for) measured slower: 9.76 s against 9.27 s for 40 reports, median of 3, and
    /// again over the composite build: 7.3-8.0 s against 6.5-7.5 s, 4 alternated runs (one parsing thread spends less CPU
    /// but leaves a core idle). So did a parse loop that, instead of waiting for a free slot, analysed a queued page
    /// itself (7.4-8.1 s against 5.8-7.4 s): the batch reserves pool threads for the waiting (BatchRunner.ReserveThreads).
    /// </summary>
    private void ReadAndAnalyzePages(PdfDocument pdf, List<PageElement>[] pages, int[] letters, CancellationToken cancellationToken)
    {
        var inFlight = new SemaphoreSlim(_options.PagesInFlight);
        var analyses = new List<Task>(pages.Length);
        try
        {
            for (var index = 0; index < pages.Length; index++)
            {
                inFlight.Wait(cancellationToken);
                var page = ReadPage(pdf, index + 1);
                letters[index] = page.Letters.Count;
                var at = index;
                analyses.Add(Task.Run(() =>
                {
                    try
                    {
                        pages[at] = PdfPageAnalyzer.Analyze(page);
                        page.Recycle();
                    }
                    finally
                    {
                        inFlight.Release();
                    }
                }, cancellationToken));
            }
        }
        finally
        {
            // Every page started is finished before the document closes (its analysis reads the parsed page).
            try
            {
                Task.WaitAll(analyses);
            }
            catch (AggregateException)
            {
                // the first failure is rethrown below, or the exception that ended the loop propagates
            }
        }
        var failed = analyses.FirstOrDefault(t => t.IsFaulted);
        if (failed is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failed.Exception!.InnerExceptions[0]).Throw();
        cancellationToken.ThrowIfCancellationRequested();
    }

    private static PdfDocument Open(ReadOnlyMemory<byte> bytes)
    {
        try
        {
            var pdf = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, Password = "", ClipPaths = false, SkipMissingFonts = true });
            pdf.AddPageFactory<PageDrawing, DrawingPageFactory>();
            return pdf;
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

    /// <summary>
    /// The page's letters and painted paths, read directly from its content stream (<see cref="DrawingPageFactory"/>),
    /// or by PdfPig where the content has something that reader leaves to PdfPig.
    /// </summary>
    private static PageDrawing ReadPage(PdfDocument pdf, int number)
    {
        try
        {
            var drawing = pdf.GetPage<PageDrawing>(number);
            return drawing.UnreadBecause is null ? drawing : PageDrawing.Of(pdf.GetPage(number));
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
