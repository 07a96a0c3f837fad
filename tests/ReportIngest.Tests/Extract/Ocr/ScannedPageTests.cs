using Dapper;
using Microsoft.Data.Sqlite;
using ReportIngest.Core.Documents;
using ReportIngest.Core.Extraction;
using ReportIngest.Extract.Ocr;
using ReportIngest.Extract.Pdf;
using ReportIngest.Tests.Support;

namespace ReportIngest.Tests.Extract.Ocr;

/// <summary>
/// OCR on a real scanned page (page 7 of 002-scanned.pdf, an image-only print of corpus/002.pdf), against the same
/// page read from the born-digital PDF. Needs poppler-utils, tesseract-ocr and tesseract-ocr-chi-sim (.ci/run installs them).
/// </summary>
public class ScannedPageTests
{
    [Fact]
    public void A_scanned_ruled_table_reads_as_the_printed_one_cell_for_cell()
    {
        var scanned = PdfExtraction.WithOcr(Path.Combine(RepoPaths.Fixtures, "002-scanned-p7.pdf"));
        var printed = PdfExtraction.Of(RepoPaths.CorpusFile("002.pdf"));

        var ocrGrid = Assert.Single(scanned.Elements.OfType<Grid>());
        var printedGrid = Assert.Single(printed.Elements.OfType<Grid>(), g => g.Page == 7);
        Assert.Equal(GridKind.Lattice, ocrGrid.Kind);
        Assert.Equal(printedGrid.RowCount, ocrGrid.RowCount);
        Assert.Equal(printedGrid.ColCount, ocrGrid.ColCount);

        // Every amount and code of the body, at the same place: the figures are what the facts come from.
        var ocrCells = ocrGrid.Cells.ToDictionary(c => (c.Row, c.Col));
        var figures = printedGrid.Cells.Where(c => c.Text.Length > 0 && c.Text.All(ch => char.IsAsciiDigit(ch) || ch is '.' or ',')).ToList();
        Assert.True(figures.Count > 80, $"{figures.Count} figures on the printed page");
        var same = figures.Count(c => ocrCells.TryGetValue((c.Row, c.Col), out var o) && o.Text == c.Text);
        Assert.True(same >= 0.95 * figures.Count, $"{same} of {figures.Count} figures read right");

        // The 金 wrapped alone under 单位资 (Tesseract reads nothing in it with the usual border) is read, and the page
        // number between its dashes (thin strokes Tesseract reads as anything; the 7 alone it takes for 了) is furniture.
        Assert.Contains(ocrGrid.Cells, c => c.Text == "单位资金");
        Assert.Equal("— 7 —", scanned.Elements.OfType<TextLine>().Last().Text);

        // A cell OCR read carries its confidence; a printed one does not.
        Assert.All(ocrGrid.Cells.Where(c => c.Text.Length > 0), c => Assert.InRange(c.Confidence ?? -1, 0, 1));
        Assert.All(printedGrid.Cells, c => Assert.Null(c.Confidence));
    }

    [Fact]
    public void A_mixed_pdf_loads_its_printed_page_and_its_scanned_page()
    {
        using var temp = new TempDirectory();
        var db = temp.File("reports.db");
        Assert.Equal(0, Ingest.RunWithOcr(db, Path.Combine(RepoPaths.Fixtures, "mixed-002-p6-p7.pdf")));

        using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        var byPage = connection.Query<(long Page, long Facts, long Read)>(
            "SELECT page, COUNT(*), COUNT(ocr_confidence) FROM fact GROUP BY page ORDER BY page").ToList();
        Assert.Equal([1L, 2L], byPage.Select(p => p.Page));
        Assert.Equal(0L, byPage[0].Read);                    // printed page: no OCR
        Assert.True(byPage[0].Facts >= 10, $"{byPage[0].Facts} facts from the printed page");
        Assert.Equal(byPage[1].Facts, byPage[1].Read);        // scanned page: every fact carries its confidence
        Assert.True(byPage[1].Facts >= 40, $"{byPage[1].Facts} facts from the scanned page");

        // The view analysts query exposes the confidence last, and the document counts its low-confidence amounts.
        var columns = connection.Query<string>("SELECT name FROM pragma_table_info('v_fact')").ToList();
        Assert.Equal("ocr_confidence", columns[^1]);
        Assert.Equal(["amount_wan", "line_role", "is_leaf", "amount_fen", "row"], columns[11..^1]);
        var low = connection.ExecuteScalar<long?>("SELECT low_confidence_amounts FROM v_document");
        var counted = connection.ExecuteScalar<long>($"SELECT COUNT(*) FROM v_fact WHERE ocr_confidence < {ReportIngest.Load.OcrConfidence.LowThreshold}");
        Assert.Equal(counted, low);
    }
}
