using System.Diagnostics;
using ReportIngest.Extract.Pdf;
using ReportIngest.Extract.Pdf.Geometry;
using ReportIngest.Extract.Pdf.Rulings;
using ReportIngest.Extract.Pdf.Tables;
using ReportIngest.Extract.Pdf.Text;
using UglyToad.PdfPig;

namespace ReportIngest.Benchmarks;

/// <summary>
/// Where the PDF extract stage spends its time, summed over the given files (third of three passes,
/// so the JIT is warm): PdfPig's open and page parsing, glyphs, rulings, table detection, text lines.
/// </summary>
internal static class ProfileCommand
{
    public static int Run(string[] args)
    {
        var t = new double[6];
        for (var pass = 0; pass < 3; pass++)
        {
            Array.Clear(t);
            foreach (var path in args)
            {
                var sw = Stopwatch.StartNew();
                using var pdf = PdfDocument.Open(path, new UglyToad.PdfPig.ParsingOptions { UseLenientParsing = true, ClipPaths = false, SkipMissingFonts = true });
                t[0] += sw.Elapsed.TotalMilliseconds; sw.Restart();
                for (var n = 1; n <= pdf.NumberOfPages; n++)
                {
                    var page = pdf.GetPage(n);
                    var letters = page.Letters; var paths = page.Paths;
                    t[1] += sw.Elapsed.TotalMilliseconds; sw.Restart();
                    var frame = GlyphReader.FrameOf(page);
                    var glyphs = new PageGlyphs(GlyphReader.Read(letters, frame));
                    t[2] += sw.Elapsed.TotalMilliseconds; sw.Restart();
                    var rulings = RulingMerger.Merge(RulingExtractor.Extract(paths, frame));
                    t[3] += sw.Elapsed.TotalMilliseconds; sw.Restart();
                    PdfPageAnalyzer.DetectTables(glyphs, rulings);
                    t[4] += sw.Elapsed.TotalMilliseconds; sw.Restart();
                    glyphs.FreeLines().Select(l => l.Text).ToList();
                    t[5] += sw.Elapsed.TotalMilliseconds; sw.Restart();
                }
            }
        }
        Console.WriteLine($"open {t[0]:F0} parse {t[1]:F0} glyphs {t[2]:F0} rulings {t[3]:F0} tables {t[4]:F0} lines {t[5]:F0} ms");
        return 0;
    }
}
