using System.Globalization;
using ReportIngest.Core.Extraction;
using ReportIngest.Extract.Pdf;
using ReportIngest.Tests.Support;
using UglyToad.PdfPig;

namespace ReportIngest.Tests.Extract.Pdf;

/// <summary>A thread reuses its page buffers from one page to the next: nothing of one page may show in another.</summary>
public class PageReuseTests
{
    [Fact]
    public void A_page_reads_the_same_after_other_pages_on_the_same_thread()
    {
        using var ruled = PdfDocument.Open(RepoPaths.CorpusFile("001.pdf"));
        using var unruled = PdfDocument.Open(RepoPaths.CorpusFile("001-unruled.pdf"));
        var page = ruled.GetPage(6);
        var first = Describe(PdfPageAnalyzer.Analyze(page));

        // Larger and smaller pages in between: the buffers grow, then hold more than the next page fills.
        var between = Enumerable.Range(1, 10).Select(n => Describe(PdfPageAnalyzer.Analyze(unruled.GetPage(n)))).ToList();
        var again = Describe(PdfPageAnalyzer.Analyze(page));

        Assert.Contains("GRID", first, StringComparison.Ordinal);
        Assert.Equal(first, again);
        Assert.Equal(between[5], Describe(PdfPageAnalyzer.Analyze(unruled.GetPage(6))));
    }

    private static string Describe(List<PageElement> elements) => string.Join("\n", elements.Select(e => e switch
    {
        TextLine line => "TEXT " + line.Text,
        Grid grid => $"GRID {grid.Kind} {Box(grid.Box)}\n" + string.Join("\n", grid.Cells.Select(c => $"  {c.Row},{c.Col} {c.RowSpan}x{c.ColSpan} {Box(c.Box)} {c.Text}")),
        _ => e.GetType().Name,
    }));

    private static string Box(ReportIngest.Core.Documents.BoundingBox? box) =>
        box is null ? "-" : string.Create(CultureInfo.InvariantCulture, $"{box.Left:R} {box.Bottom:R} {box.Right:R} {box.Top:R}");
}
