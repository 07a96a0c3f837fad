using ReportIngest.Core.Extraction;
using ReportIngest.Extract.Pdf;
using ReportIngest.Tests.Support;
using UglyToad.PdfPig;

namespace ReportIngest.Tests.Extract.Pdf;

public class RotatedPageTests
{
    [Fact]
    public void Page_with_rotate_90_reads_like_the_upright_page()
    {
        using var pdf = PdfDocument.Open(Path.Combine(RepoPaths.Fixtures, "rotated-90.pdf"));
        var page = pdf.GetPage(1);
        var rotated = PdfPageAnalyzer.Analyze(page);
        var upright = CorpusPages.Elements("000.pdf", 7);

        Assert.Equal(upright.OfType<TextLine>().Select(l => l.Text), rotated.OfType<TextLine>().Select(l => l.Text));
        var expected = upright.OfType<Grid>().Single();
        var actual = rotated.OfType<Grid>().Single();
        Assert.Equal(expected.Cells.Select(c => (c.Row, c.Col, c.RowSpan, c.ColSpan, c.Text)), actual.Cells.Select(c => (c.Row, c.Col, c.RowSpan, c.ColSpan, c.Text)));
        var box = actual.Box!;
        Assert.InRange(box.Left, -1, page.Width + 1);
        Assert.InRange(box.Right, -1, page.Width + 1);
        Assert.InRange(box.Bottom, -1, page.Height + 1);
        Assert.InRange(box.Top, -1, page.Height + 1);
    }
}
