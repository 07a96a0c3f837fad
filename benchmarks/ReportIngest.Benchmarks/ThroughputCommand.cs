using System.Diagnostics;
using ReportIngest.Core.Documents;
using ReportIngest.Extract.Pdf;
using UglyToad.PdfPig;

namespace ReportIngest.Benchmarks;

/// <summary>
/// Pages per second of the PDF extract stage over a folder, and the process's peak memory.
/// The first pass warms the JIT; --parse-only times PdfPig's own page parsing for comparison.
/// </summary>
internal static class ThroughputCommand
{
    public static int Run(string[] args)
    {
        var parseOnly = args.Contains("--parse-only");
        var workersAt = Array.IndexOf(args, "--in-flight");
        var options = workersAt >= 0 ? new PdfExtractorOptions { PagesInFlight = int.Parse(args[workersAt + 1]) } : PdfExtractorOptions.Default;
        var inputs = PdfInputs.Expand(args.Where((a, i) => a != "--parse-only" && (workersAt < 0 || i != workersAt && i != workersAt + 1)));
        Pass(inputs, parseOnly, options);
        var clock = Stopwatch.StartNew();
        var pages = Pass(inputs, parseOnly, options);
        clock.Stop();
        using var self = Process.GetCurrentProcess();
        Console.WriteLine($"documents {inputs.Count} pages {pages} seconds {clock.Elapsed.TotalSeconds:F2} " +
                          $"pages/s {pages / clock.Elapsed.TotalSeconds:F1} peak_rss_mib {self.PeakWorkingSet64 / (1024 * 1024)}");
        return 0;
    }

    private static int Pass(List<string> inputs, bool parseOnly, PdfExtractorOptions options)
    {
        var extractor = new PdfExtractor(options);
        var pages = 0;
        foreach (var path in inputs)
        {
            try
            {
                pages += parseOnly ? Parse(path) : extractor.Extract(PdfInputs.Source(path), CancellationToken.None).PageCount ?? 0;
            }
            catch (DocumentFailure failure)
            {
                Console.Error.WriteLine($"{Path.GetFileName(path)}: {failure.Reason}");
            }
        }
        return pages;
    }

    private static int Parse(string path)
    {
        using var pdf = PdfDocument.Open(path);
        var count = 0;
        foreach (var page in pdf.GetPages())
        {
            count += page.Letters.Count > -1 && page.Paths.Count > -1 ? 1 : 0;
        }
        return count;
    }
}
