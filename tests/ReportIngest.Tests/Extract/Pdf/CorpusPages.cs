using ReportIngest.Core.Extraction;
using ReportIngest.Extract.Pdf;
using ReportIngest.Tests.Support;
using UglyToad.PdfPig;

namespace ReportIngest.Tests.Extract.Pdf;

/// <summary>Runs the page analyzer on single pages of corpus PDFs, so tests need not read whole documents.</summary>
internal static class CorpusPages
{
    public static List<PageElement> Elements(string corpusPrefix, int page)
    {
        using var pdf = PdfDocument.Open(RepoPaths.CorpusFile(corpusPrefix));
        return PdfPageAnalyzer.Analyze(pdf.GetPage(page));
    }

    public static GridCell Cell(Grid grid, string text) => grid.Cells.Single(c => c.Text == text);

    public static GridCell At(Grid grid, int row, int col) =>
        grid.Cells.Single(c => row >= c.Row && row < c.Row + c.RowSpan && col >= c.Col && col < c.Col + c.ColSpan);
}
