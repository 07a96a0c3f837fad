using ReportIngest.Core.Documents;
using ReportIngest.Core.Extraction;
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
    public const string NoTextLayer = "no text layer (scanned)";
    public const string Encrypted = "encrypted PDF (password required)";

    public bool CanRead(SourceDocument document) => document.Kind == DocumentKind.Pdf;

    public ExtractedDocument Extract(SourceDocument document, CancellationToken cancellationToken)
    {
        using var pdf = Open(document.Path);
        var elements = new List<PageElement>();
        var letters = 0;
        var pageCount = ReadPageCount(pdf);
        for (var number = 1; number <= pageCount; number++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = ReadPage(pdf, number);
            letters += page.Letters.Count;
            elements.AddRange(PdfPageAnalyzer.Analyze(page));
        }
        if (letters == 0) throw new DocumentFailure(Stage, NoTextLayer);
        return new ExtractedDocument(document.Sha256, document.Source, DocumentKind.Pdf, pageCount, elements);
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
