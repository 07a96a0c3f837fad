using System.Diagnostics;
using ReportIngest.Extract.Pdf;
using ReportIngest.Extract.Pdf.Reading;
using ReportIngest.Extract.Pdf.Rulings;
using ReportIngest.Extract.Pdf.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace ReportIngest.Benchmarks;

/// <summary>
/// Bytes allocated and time spent per page by our own page analysis alone (<see cref="PdfPageAnalyzer"/>),
/// on one thread: every document's pages are parsed by PdfPig first, outside the measured region, then
/// analysed in several passes (the first warms the JIT). The phases (glyphs, rulings, tables) are measured
/// again separately, so the rest of the total is the text lines and the page's reading order. On a shared
/// machine the process's CPU time (the collector's threads included) varies less than the wall time.
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
        var cpu = new double[passes];
        var pages = 0;
        using var self = Process.GetCurrentProcess();
        foreach (var path in inputs)
        {
            using var pdf = PdfDocument.Open(path, new ParsingOptions { UseLenientParsing = true, Password = "", ClipPaths = false, SkipMissingFonts = true });
            var parsed = Enumerable.Range(1, pdf.NumberOfPages).Select(pdf.GetPage).Where(p => p.Letters.Count > 0).Select(PageDrawing.Of).ToList();
            pages += parsed.Count;
            for (var pass = 0; pass < passes; pass++)
            {
                var clock = Stopwatch.StartNew();
                self.Refresh();
                var cpuBefore = self.TotalProcessorTime;
                var before = GC.GetAllocatedBytesForCurrentThread();
                foreach (var page in parsed) PdfPageAnalyzer.Analyze(page);
                bytes[pass, 0] += GC.GetAllocatedBytesForCurrentThread() - before;
                ms[pass, 0] += clock.Elapsed.TotalMilliseconds;
                self.Refresh();
                cpu[pass] += (self.TotalProcessorTime - cpuBefore).TotalMilliseconds;
                foreach (var page in parsed) MeasurePhases(page, pass, bytes, ms);
            }
        }
        if (pages == 0) return Fail("no pages with a text layer");
        Console.WriteLine($"documents {inputs.Count}  pages {pages}  passes {passes} (the first warms the JIT; time is the median of the others)");
        for (var phase = 0; phase < Phases; phase++)
        {
            var line = $"{PhaseNames[phase],-8} {bytes[passes - 1, phase] / (double)pages / 1024,9:F1} KB/page  {Median(passes, p => ms[p, phase]) / pages,7:F3} ms/page";
            Console.WriteLine(phase == 0 ? $"{line}  {Median(passes, p => cpu[p]) / pages,7:F3} CPU-ms/page" : line);
        }
        return 0;
    }

    private static double Median(int passes, Func<int, double> ofPass)
    {
        var first = Math.Min(1, passes - 1);
        var values = Enumerable.Range(first, passes - first).Select(ofPass).Order().ToList();
        return values[values.Count / 2];
    }

    private static void MeasurePhases(PageDrawing page, int pass, long[,] bytes, double[,] ms)
    {
        var clock = Stopwatch.StartNew();
        var before = GC.GetAllocatedBytesForCurrentThread();
        var frame = GlyphReader.FrameOf(page);
        var scratch = PageGlyphs.ForThisThread();
        var glyphs = scratch.Load(GlyphReader.Read(page.Letters, frame, scratch.RecycledList()));
        Add(1);
        var rulings = RulingMerger.Merge(RulingExtractor.Extract(page, frame, []));
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
