using System.Diagnostics;
using ReportIngest.Extract.Pdf;
using ReportIngest.Extract.Pdf.Rulings;
using ReportIngest.Extract.Pdf.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace ReportIngest.Benchmarks;

/// <summary>
/// Bytes allocated and time spent per page by our own page analysis alone (<see cref="PdfPageAnalyzer"/>),
/// on one thread: every document's pages are parsed by PdfPig first, outside the measured region, then
/// analysed in several passes (the first warms the JIT). The phases (glyphs, rulings, tables) are measured
/// again separately, so the rest of the total is the text lines and the page's reading order.
/// </summary>
internal static class PageAnalysisCommand
{
    private const int Phases = 4;
    private static readonly string[] PhaseNames = ["total", "glyphs", "rulings", "tables"];

    public static int Run(string[] args)
    {
        var passesAt = Array.IndexOf(args, "--passes");
        var passes = passesAt >= 0 ? int.Parse(args[passesAt + 1]) : 5;
        var inputs = PdfInputs.Expand(args.Where((_, i) => passesAt < 0 || i != passesAt && i != passesAt + 1));
        var bytes = new long[passes, Phases];
        var ms = new double[passes, Phases];
        var pages = 0;
        foreach (var path in inputs)
        {
            using var pdf = PdfDocument.Open(path, new ParsingOptions { UseLenientParsing = true, Password = "", ClipPaths = false, SkipMissingFonts = true });
            var parsed = Enumerable.Range(1, pdf.NumberOfPages).Select(pdf.GetPage).Where(p => p.Letters.Count > 0).ToList();
            pages += parsed.Count;
            for (var pass = 0; pass < passes; pass++)
                foreach (var page in parsed)
                    Measure(page, pass, bytes, ms);
        }
        if (pages == 0) return Fail("no pages with a text layer");
        Console.WriteLine($"documents {inputs.Count}  pages {pages}  passes {passes} (the first warms the JIT; time is the median of the others)");
        for (var phase = 0; phase < Phases; phase++)
        {
            var times = Enumerable.Range(Math.Min(1, passes - 1), passes - Math.Min(1, passes - 1)).Select(p => ms[p, phase]).Order().ToList();
            Console.WriteLine($"{PhaseNames[phase],-8} {bytes[passes - 1, phase] / (double)pages / 1024,9:F1} KB/page  {times[times.Count / 2] / pages,7:F3} ms/page");
        }
        return 0;
    }

    private static void Measure(Page page, int pass, long[,] bytes, double[,] ms)
    {
        var clock = new Stopwatch();
        var before = GC.GetAllocatedBytesForCurrentThread();
        clock.Start();
        PdfPageAnalyzer.Analyze(page);
        Add(0);

        var frame = GlyphReader.FrameOf(page);
        var scratch = PageGlyphs.ForThisThread();
        var glyphs = scratch.Load(GlyphReader.Read(page.Letters, frame, scratch.RecycledList()));
        Add(1);
        var rulings = RulingMerger.Merge(RulingExtractor.Extract(page.Paths, frame));
        Add(2);
        PdfPageAnalyzer.DetectTables(glyphs, rulings);
        Add(3);

        void Add(int phase)
        {
            clock.Stop();
            bytes[pass, phase] += GC.GetAllocatedBytesForCurrentThread() - before;
            ms[pass, phase] += clock.Elapsed.TotalMilliseconds;
            clock.Reset();
            before = GC.GetAllocatedBytesForCurrentThread();
            clock.Start();
        }
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine(message);
        return 2;
    }
}
