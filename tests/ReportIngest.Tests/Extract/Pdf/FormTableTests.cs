using ReportIngest.Core.Extraction;

namespace ReportIngest.Tests.Extract.Pdf;

/// <summary>
/// Unruled forms (001-unruled.pdf, the 绩效自评表 pages): section labels spanning rows, columns that
/// change between sections, wrapped cells. The expected spans are those of the ruled 001.pdf.
/// </summary>
public class FormTableTests
{
    private static Grid Form(int page) => CorpusPages.Elements("001-unruled.pdf", page).OfType<Grid>().Single(g => g.Cells.Any(c => c.Text == "一、基本情况"));

    [Fact]
    public void A_form_is_labelled_a_form_and_says_why_it_was_taken_as_a_table()
    {
        var grid = Form(27);

        Assert.Equal(GridKind.Form, grid.Kind);
        Assert.NotNull(grid.Detection);
        Assert.StartsWith("unruled form", grid.Detection.Reason, StringComparison.Ordinal);
        Assert.InRange(grid.Detection.Score, 0.05, 1.0);
    }

    [Fact]
    public void Section_labels_span_the_rows_they_are_centred_on()
    {
        var grid = Form(27);

        Assert.Equal(12, grid.ColCount);
        Assert.Equal(4, CorpusPages.Cell(grid, "二、预算执行情况").RowSpan);
        Assert.Equal(3, CorpusPages.Cell(grid, "三、目标完成情况").RowSpan);
        Assert.Equal(10, CorpusPages.Cell(grid, "四、年度绩效指标完成情况").RowSpan);
        Assert.Equal(4, CorpusPages.Cell(grid, "产出指标").RowSpan);
        Assert.Equal(2, CorpusPages.Cell(grid, "效益指标").RowSpan);
        var section = CorpusPages.Cell(grid, "二、预算执行情况");
        Assert.Equal(section.Row + section.RowSpan, CorpusPages.Cell(grid, "三、目标完成情况").Row);
    }

    [Fact]
    public void Wrapped_cells_are_one_cell_in_their_row()
    {
        var grid = Form(27);

        var wrapped = CorpusPages.Cell(grid, "通过社会保险基金内部审计、社会保险基金专项检查、受理");
        Assert.Equal("违反违规行为纠正率", CorpusPages.At(grid, wrapped.Row, wrapped.Col - 1).Text);
        Assert.Equal("10.00", CorpusPages.At(grid, wrapped.Row, wrapped.Col + 1).Text);
        Assert.Equal(CorpusPages.Cell(grid, "一、基本情况").Row, CorpusPages.Cell(grid, "实施主管单位").Row);
    }

    [Fact]
    public void Cells_span_the_columns_their_text_is_aligned_in()
    {
        var grid = Form(27);

        // Centred over three columns of the indicator section, left-aligned over five, right-aligned over two.
        Assert.Equal(3, CorpusPages.Cell(grid, "资金到位情况").ColSpan);
        Assert.Equal(5, CorpusPages.Cell(grid, "年度预期目标").ColSpan);
        Assert.Equal(10, CorpusPages.Cell(grid, "自评总分").ColSpan);
        var planned = grid.Cells.First(c => c.Text == "17.500000");
        Assert.Equal(2, planned.ColSpan);
        Assert.Equal("预算数", CorpusPages.At(grid, planned.Row, planned.Col - 1).Text);
    }

    [Fact]
    public void Header_cells_beside_a_two_level_header_span_both_levels()
    {
        // Page 30: 预期指标值 over 符号 / 值 / 单位(文字描述), the other indicator headers centred beside them.
        var grid = Form(30);

        var expected = CorpusPages.Cell(grid, "预期指标值");
        var symbol = CorpusPages.Cell(grid, "符号");
        Assert.Equal(expected.Row + 1, symbol.Row);
        Assert.Same(expected, CorpusPages.At(grid, expected.Row, CorpusPages.Cell(grid, "值").Col));
        Assert.Same(expected, CorpusPages.At(grid, expected.Row, CorpusPages.Cell(grid, "单位(文字描述)").Col));
        Assert.Equal(2, CorpusPages.Cell(grid, "一级指标").RowSpan);
        Assert.Equal(expected.Row, CorpusPages.Cell(grid, "一级指标").Row);
    }

    [Fact]
    public void Sign_off_line_under_a_form_is_not_a_row()
    {
        var elements = CorpusPages.Elements("001-unruled.pdf", 27);

        Assert.DoesNotContain(elements.OfType<Grid>().SelectMany(g => g.Cells), c => c.Text.StartsWith("填报人", StringComparison.Ordinal));
        Assert.Contains(elements.OfType<TextLine>(), l => l.Text.StartsWith("填报人", StringComparison.Ordinal));
    }
}
