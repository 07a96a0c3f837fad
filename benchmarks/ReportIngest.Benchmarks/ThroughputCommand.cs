using System.Diagnostics;
using ReportIngest.Core.Documents;
using ReportIngest.Extract.Pdf;

namespace ReportIngest.Benchmarks;

/// <summary>Pages per second of the PDF extract stage over a folder, and the process's peak memory.</summary>
internal static class ThroughputCommand
{
    public static int Run(string[] args)
    {
        var inputs = PdfInputs.Expand(args);
        var extractor = new PdfExtractor();
        var pages = 0;
        var clock = Stopwatch.StartNew();
        foreach (var path in inputs)
        {
            try
            {
                pages += extractor.Extract(PdfInputs.Source(path), CancellationToken.None).PageCount ?? 0;
            }
            catch (DocumentFailure failure)
            {
                Console.Error.WriteLine($"{Path.GetFileName(path)}: {failure.Reason}");
            }
        }
        clock.Stop();
        using var self = Process.GetCurrentProcess();
        Console.WriteLine($"documents {inputs.Count} pages {pages} seconds {clock.Elapsed.TotalSeconds:F2} " +
                          $"pages/s {pages / clock.Elapsed.TotalSeconds:F1} peak_rss_mib {self.PeakWorkingSet64 / (1024 * 1024)}");
        return 0;
    }
}
