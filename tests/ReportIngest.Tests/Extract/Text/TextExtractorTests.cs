using ReportIngest.Core.Extraction;
using ReportIngest.Extract.Text;

namespace ReportIngest.Tests.Extract.Text;

public class TextExtractorTests
{
    [Fact]
    public void Markdown_tables_html_tags_and_page_numbers_are_read_as_one_grid()
    {
        const string text = "<b>部门支出总表</b>\n单位：万元\n| 科目编码 | 科目名称 | 合计 |\n|---|---|---|\n| 2101501 | 行政运行 | 10.00 |\n\n- 3 -\n\n| 2101502 | 一般行政管理事务 | 2.00 |\n";
        var elements = TextExtractor.Read(text);

        Assert.Equal(["部门支出总表", "单位：万元"], elements.OfType<TextLine>().Select(t => t.Text));
        var grid = Assert.Single(elements.OfType<Grid>());
        Assert.Equal(3, grid.RowCount);
        Assert.Equal("一般行政管理事务", grid.Cells.Single(c => c.Row == 2 && c.Col == 1).Text);
    }

    [Fact]
    public void Trailing_empty_cells_keep_a_label_only_line_in_its_table()
    {
        var elements = TextExtractor.Read("合计\t0.50\t0.50\t\n因公出国（境）费\t\t\t\n");
        Assert.Single(elements.OfType<Grid>());
        Assert.Empty(elements.OfType<TextLine>());
    }
}
