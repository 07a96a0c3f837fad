using ReportIngest.Core.Documents;
using ReportIngest.Core.Extraction;
using ReportIngest.Core.Text;
using ReportIngest.Extract.Ocr;
using ReportIngest.Extract.Ocr.Arithmetic;
using ReportIngest.Extract.Pdf;
using ReportIngest.Tests.Support;

namespace ReportIngest.Tests.Extract.Ocr;

/// <summary>
/// The tables' own sums choose between OCR's readings: on a real scanned page (page 12 of 002-scanned.pdf, the
/// 一般公共预算支出情况表, where OCR reads a 57.97 as 37.97 and the 款 11 as 111) against the same page printed, and on
/// small tables that show each rule alone.
/// </summary>
public class ReadingChooserTests
{
    private const double LowConfidence = 0.8;

    [Fact]
    public void On_a_real_scanned_page_the_sums_choose_the_printed_figures_and_codes_and_say_so()
    {
        var scanned = PdfExtraction.WithOcr(Path.Combine(RepoPaths.Fixtures, "002-scanned-p12.pdf"));
        var printed = PdfExtraction.Of(RepoPaths.CorpusFile("002.pdf"));
        var ocrGrid = Assert.Single(scanned.Elements.OfType<Grid>(), g => g.RowCount > 10);
        var printedGrid = Assert.Single(printed.Elements.OfType<Grid>(), g => g.Page == 12);
        Assert.Equal(printedGrid.RowCount, ocrGrid.RowCount);

        // Every figure and code of the page as printed.
        var ocrCells = ocrGrid.Cells.ToDictionary(c => (c.Row, c.Col));
        var figures = printedGrid.Cells.Where(c => CellText.IsFigures(c.Text)).ToList();
        Assert.True(figures.Count > 60, $"{figures.Count} figures on the printed page");
        Assert.All(figures, c => Assert.Equal(c.Text, ocrCells[(c.Row, c.Col)].Text));

        // The readings the sums changed are low-confidence and say why; OCR's own first reading is kept beside them.
        var chosen = ocrGrid.Cells.Where(c => c.Readings is { Count: > 1 } r && r[0].Text != c.Text).ToList();
        Assert.NotEmpty(chosen);
        Assert.All(chosen, c =>
        {
            Assert.True(c.Confidence < LowConfidence, $"{c.Text}: {c.Confidence}");
            Assert.StartsWith("chosen by the table's sums", c.ConfidenceNote);
        });
        Assert.All(ocrGrid.Cells.Where(c => c.ConfidenceNote is null), c => Assert.True(c.Readings is null || c.Readings[0].Text == c.Text));
    }

    [Fact]
    public void A_figure_OCR_read_two_ways_is_the_one_the_row_and_the_hierarchy_add_up_with()
    {
        var grid = Table(
            ["208", "", "", "社会保障和就业支出", "57.97", "57.97", ""],
            ["208", "05", "", "行政事业单位养老支出", "57.97", Read("37.97", "57.97"), ""],
            ["208", "05", "05", "机关事业单位基本养老保险缴费支出", "57.97", "57.97", ""],
            ["210", "", "", "卫生健康支出", "30.00", "10.00", "20.00"],
            ["210", "11", "", "行政事业单位医疗", "30.00", "10.00", "20.00"],
            ["", "", "", "合计", "87.97", "67.97", "20.00"]);

        var settled = Settle(grid);

        var cell = At(settled, 1, 5);
        Assert.Equal("57.97", cell.Text);
        Assert.True(cell.Confidence < LowConfidence);
        Assert.Contains("chosen by the table's sums", cell.ConfidenceNote);
        Assert.Equal(["37.97", "57.97"], cell.Readings!.Select(r => r.Text));
        Assert.All(settled.Cells.Where(c => c != cell), c => Assert.Null(c.ConfidenceNote));
    }

    [Fact]
    public void A_code_digit_read_twice_is_put_right_where_the_lines_then_add_up_under_their_parent()
    {
        var grid = Table(
            ["210", "", "", "卫生健康支出", "24.61"],
            ["210", "11", "", "行政事业单位医疗", "24.61"],
            ["210", "111", "01", "行政单位医疗", "16.86"],
            ["210", "11", "02", "事业单位医疗", "7.75"],
            ["", "", "", "合计", "24.61"]);

        var settled = Settle(grid);

        Assert.Equal("11", At(settled, 2, 1).Text);
        Assert.Contains("read twice", At(settled, 2, 1).ConfidenceNote);
    }

    [Fact]
    public void A_figure_no_reading_makes_add_up_is_marked_with_the_sum_it_breaks()
    {
        var grid = Table(
            ["208", "", "", "社会保障和就业支出", "57.97"],
            ["208", "05", "", "行政事业单位养老支出", "57.97"],
            ["208", "05", "05", "机关事业单位基本养老保险缴费支出", "57.97"],
            ["210", "", "", "卫生健康支出", "24.61"],
            ["210", "11", "", "行政事业单位医疗", "24.61"],
            ["210", "11", "01", "行政单位医疗", "16.86"],
            ["210", "11", "02", "事业单位医疗", "7.95"],
            ["", "", "", "合计", "82.58"]);

        var settled = Settle(grid);

        // 7.95 for 7.75 is no look-alike digit: nothing is changed, and the lines of the failing sum that no other sum
        // confirms are marked (its 项 lines; the 款 24.61 is confirmed by its 类, the total line by the 类 lines).
        Assert.Equal("7.95", At(settled, 6, 4).Text);
        Assert.StartsWith("the table's sums do not confirm it", At(settled, 6, 4).ConfidenceNote);
        Assert.True(At(settled, 6, 4).Confidence < LowConfidence);
        Assert.Null(At(settled, 0, 4).ConfidenceNote);
        Assert.Null(At(settled, 7, 4).ConfidenceNote);
    }

    [Theory]
    [InlineData("台计", "82.58", "合计")]   // one character off, and its row adds up as the total: the total line
    [InlineData("台计", "80.00", "台计")]   // one character off, but its row is no total of the lines: left as read
    [InlineData("小计", "82.58", "小计")]   // a word of its own, one character from 合计: never changed
    public void A_label_one_character_off_a_total_is_the_total_only_where_its_row_adds_up_as_one(string label, string amount, string expected)
    {
        var grid = Table(
            ["208", "", "", "社会保障和就业支出", "57.97"],
            ["210", "", "", "卫生健康支出", "24.61"],
            ["", "", "", label, amount]);

        Assert.Equal(expected, At(Settle(grid), 2, 3).Text);
    }

    private static GridCell At(Grid grid, int row, int col) => grid.Cells.Single(c => c.Row == row && c.Col == col);

    /// <summary>A reading OCR's digit model and Chinese model disagreed on: the first taken, both kept.</summary>
    private static object Read(string first, string second) => new[] { first, second };

    /// <summary>A scanned grid of the given rows: every cell read by OCR (confidence 0.95), some with two readings.</summary>
    private static Grid Table(params object[][] rows)
    {
        var cells = new List<GridCell>();
        for (var r = 0; r < rows.Length; r++)
            for (var c = 0; c < rows[r].Length; c++)
            {
                var cell = rows[r][c] switch
                {
                    string[] readings => new GridCell(r, c, readings[0])
                    {
                        Confidence = 0.5,
                        Readings = [new CellReading(readings[0], 0.7, "digit model"), new CellReading(readings[1], 0.68, "Chinese model")],
                    },
                    var text => new GridCell(r, c, (string)text) { Confidence = 0.95 },
                };
                cells.Add(cell with { Page = 1 });
            }
        return new Grid(cells, GridKind.Lattice) { Page = 1 };
    }

    private static Grid Settle(Grid grid)
    {
        List<PageElement>[] pages = [[grid]];
        ReadingChooser.Settle(pages, [0]);
        return Assert.IsType<Grid>(Assert.Single(pages[0]));
    }
}
