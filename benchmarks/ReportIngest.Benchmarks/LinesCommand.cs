using ReportIngest.Extract.Pdf.Geometry;
using ReportIngest.Extract.Pdf.Text;
using UglyToad.PdfPig;

namespace ReportIngest.Benchmarks;

/// <summary>Prints the raw glyph lines of one page with positions and gaps, to tune the stream detector.</summary>
internal static class LinesCommand
{
    public static int Run(string[] args)
    {
        using var pdf = PdfDocument.Open(args[0]);
        var page = pdf.GetPage(int.Parse(args[1]));
        var frame = GlyphReader.FrameOf(page);
        foreach (var line in LineBuilder.Build(GlyphReader.Read(page.Letters, frame)))
        {
            var parts = LineBuilder.Split(line, 0.28).Select(p => $"[{p.Box.Left:F0}-{p.Box.Right:F0}]{p.Text}");
            Console.WriteLine($"y={line.Baseline:F1} top={line.Box.Top:F1} size={line.Size:F1}  {string.Join("  ", parts)}");
        }
        return 0;
    }
}
