using System.Diagnostics;
using System.Globalization;
using ReportIngest.Extract.Ocr;

namespace ReportIngest.Benchmarks;

/// <summary>
/// <c>ocr &lt;pdf&gt; &lt;page&gt;</c>: the pieces OCR read on one scanned page (box, confidence, text) and the rulings found;
/// <c>ocr-throughput &lt;pdf&gt; [--pages N] [--workers N]</c>: pages per second of OCR over the first N pages.
/// </summary>
internal static class OcrCommand
{
    public static int Run(string[] args)
    {
        using var reader = new TesseractPageReader();
        reader.EnsureAvailable();
        var page = reader.Read(args[0], int.Parse(args[1], CultureInfo.InvariantCulture), CancellationToken.None);
        Console.WriteLine($"page {page.Width:0}x{page.Height:0} pt, {page.Words.Count} pieces, {page.Rules.Count} rulings");
        foreach (var w in page.Words.OrderBy(w => w.Top).ThenBy(w => w.Left))
            Console.WriteLine($"{w.Left,7:0.0} {w.Top,7:0.0} {w.Right,7:0.0} {w.Bottom,7:0.0}  {w.Confidence:0.00}  {w.Text}");
        foreach (var r in page.Rules.OrderBy(r => r.IsHorizontal).ThenBy(r => r.Position))
            Console.WriteLine($"{(r.IsHorizontal ? "horizontal" : "vertical")} at {r.Position:0.0}: {r.Start:0.0}..{r.End:0.0}");
        return 0;
    }

    /// <summary><c>ocr-pieces &lt;pdf&gt; &lt;page&gt;</c>: the one-line pieces the page image is cut into, before any OCR.</summary>
    public static int Pieces(string[] args)
    {
        const int dpi = 300;
        var pgm = ReportIngest.Extract.Ocr.Tools.ToolRun.Run("pdftoppm", ["-r", "300", "-gray", "-f", args[1], "-l", args[1], args[0]], TimeSpan.FromMinutes(2), CancellationToken.None);
        var image = ReportIngest.Extract.Ocr.Imaging.GrayImage.ReadPgm(pgm);
        var ink = ReportIngest.Extract.Ocr.Imaging.BitMask.Ink(image, ReportIngest.Extract.Ocr.Imaging.InkThreshold.Of(image));
        var (rules, mask) = ReportIngest.Extract.Ocr.Imaging.RuleFinder.Find(ink, dpi);
        foreach (var p in ReportIngest.Extract.Ocr.Imaging.TextPieceFinder.Find(ink.Without(mask), rules, dpi).OrderBy(p => p.Top).ThenBy(p => p.Left))
            Console.WriteLine($"{p.Left * 72.0 / dpi,7:0.0} {p.Top * 72.0 / dpi,7:0.0} {p.Right * 72.0 / dpi,7:0.0} {p.Bottom * 72.0 / dpi,7:0.0}");
        return 0;
    }

    public static int Throughput(string[] args)
    {
        var pdf = args[0];
        var pages = Option(args, "--pages") ?? PageCount(pdf);
        var workers = Option(args, "--workers") ?? Environment.ProcessorCount;
        using var reader = new TesseractPageReader(new OcrOptions { MaxParallelPages = workers });
        reader.EnsureAvailable();
        var clock = Stopwatch.StartNew();
        var words = 0;
        Parallel.For(1, pages + 1, new ParallelOptions { MaxDegreeOfParallelism = workers },
            n => Interlocked.Add(ref words, reader.Read(pdf, n, CancellationToken.None).Words.Count));
        var seconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{pages} pages, {words} pieces read in {seconds:0.0} s with {workers} workers: {pages / seconds:0.00} pages/s ({seconds / pages:0.00} s/page); load average {LoadAverage()}"));
        return 0;
    }

    private static int? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : null;
    }

    private static int PageCount(string pdf)
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        return document.NumberOfPages;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
}
