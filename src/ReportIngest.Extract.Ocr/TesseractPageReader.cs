using ReportIngest.Core.Extraction;
using ReportIngest.Extract.Ocr.Arithmetic;
using ReportIngest.Extract.Ocr.Imaging;
using ReportIngest.Extract.Ocr.Tools;
using ReportIngest.Extract.Pdf.Scanned;

namespace ReportIngest.Extract.Ocr;

/// <summary>
/// OCR of a scanned PDF page: the page rendered to a grey image by pdftoppm, ruling lines found in it and taken out,
/// the text cut into one-line pieces and read by Tesseract with its confidence per word. The words and lines go
/// back to the PDF extractor, which finds the tables in them as on a born-digital page.
/// </summary>
public sealed class TesseractPageReader : IScannedPageReader, IDisposable
{
    private const double PointsPerInch = 72;

    private readonly OcrOptions _options;
    private readonly PieceReader _pieces;
    private readonly SemaphoreSlim _slots;

    public TesseractPageReader() : this(OcrOptions.Default) { }

    public TesseractPageReader(OcrOptions options)
    {
        _options = options;
        _pieces = new PieceReader(options);
        _slots = new SemaphoreSlim(MaxParallelPages);
    }

    /// <summary>Also the limit over all documents read at the same time: one Tesseract process per core is the most that helps.</summary>
    public int MaxParallelPages => Math.Max(1, _options.MaxParallelPages);

    public void EnsureAvailable() => OcrTools.EnsureAvailable(_options.Language, _options.DigitLanguage);

    public ScannedPage Read(string pdfPath, int pageNumber, CancellationToken cancellationToken)
    {
        _slots.Wait(cancellationToken);
        try
        {
            var image = Render(pdfPath, pageNumber, cancellationToken);
            var ink = BitMask.Ink(image, InkThreshold.Of(image));
            var (rules, ruleMask) = RuleFinder.Find(ink, _options.Dpi);
            var pieces = TextPieceFinder.Find(ink.Without(ruleMask), rules, _options.Dpi);
            var scale = PointsPerInch / _options.Dpi;
            var words = _pieces.Read(image, ruleMask, pieces, scale, cancellationToken);
            return new ScannedPage(image.Width * scale, image.Height * scale, words,
                rules.Select(r => new ScannedRule(r.IsHorizontal, r.Position * scale, r.Start * scale, r.End * scale)).ToList());
        }
        finally
        {
            _slots.Release();
        }
    }

    /// <summary>Chooses between OCR's readings of figures and codes by the tables' own sums (<see cref="ReadingChooser"/>).</summary>
    public void Settle(List<PageElement>[] pages, IReadOnlyList<int> scannedPageIndexes) => ReadingChooser.Settle(pages, scannedPageIndexes);

    private GrayImage Render(string pdfPath, int pageNumber, CancellationToken cancellationToken)
    {
        var page = pageNumber.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var pgm = ToolRun.Run(OcrTools.Pdftoppm,
            ["-r", _options.Dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), "-gray", "-f", page, "-l", page, pdfPath],
            TimeSpan.FromSeconds(_options.ToolTimeoutSeconds), cancellationToken);
        return GrayImage.ReadPgm(pgm);
    }

    public void Dispose() => _slots.Dispose();
}
