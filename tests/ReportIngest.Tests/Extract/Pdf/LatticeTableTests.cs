using ReportIngest.Core.Extraction;

namespace ReportIngest.Tests.Extract.Pdf;

public class LatticeTableTests
{
    [Fact]
    public void Ruled_table_with_merged_header_cells_gets_spans()
    {
        // 000.pdf page 12: 财政拨款支出预算表（部门经济分类科目）, landscape, three header rows.
        var grid = CorpusPages.Elements("000.pdf", 12).OfType<Grid>().Single();

        Assert.Equal(GridKind.Lattice, grid.Kind);
        Assert.StartsWith("ruling lines enclose", grid.Detection?.Reason, StringComparison.Ordinal);
        Assert.InRange(grid.Detection!.Score, 0.2, 1.0);
        Assert.Equal(14, grid.ColCount);
        var code = CorpusPages.Cell(grid, "科目编码");
        Assert.Equal((0, 0, 1, 2), (code.Row, code.Col, code.RowSpan, code.ColSpan));
        Assert.Equal("类", CorpusPages.At(grid, 1, 0).Text);
        Assert.Equal("款", CorpusPages.At(grid, 1, 1).Text);
        Assert.Equal(2, CorpusPages.Cell(grid, "类").RowSpan);
        var total = CorpusPages.Cell(grid, "总计");
        Assert.Equal((3, 1), (total.RowSpan, total.ColSpan));
        Assert.Equal(5, CorpusPages.Cell(grid, "上年结转安排").ColSpan);
    }

    [Fact]
    public void Body_rows_keep_numbers_in_their_columns()
    {
        var grid = CorpusPages.Elements("000.pdf", 7).OfType<Grid>().Single();

        var income = CorpusPages.Cell(grid, "一、一般公共预算拨款收入");
        Assert.Equal("3,688.46", CorpusPages.At(grid, income.Row, income.Col + 1).Text);
        Assert.Equal("一、一般公共服务支出", CorpusPages.At(grid, income.Row, income.Col + 2).Text);
        Assert.Equal(2, CorpusPages.Cell(grid, "收 入").ColSpan);
        Assert.All(grid.Cells, c => Assert.Equal(7, c.Page));
        Assert.NotNull(grid.Box);
    }

    [Fact]
    public void Text_inside_a_grid_is_not_repeated_as_a_text_line()
    {
        var elements = CorpusPages.Elements("000.pdf", 7);
        var lines = elements.OfType<TextLine>().Select(l => l.Text).ToList();

        Assert.Contains("部门收支总表", lines);
        Assert.Contains(lines, l => l.EndsWith("金额单位：万元", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("一般公共预算拨款收入", StringComparison.Ordinal));
        // Reading order: title, unit line, grid, note.
        Assert.IsType<TextLine>(elements[0]);
        Assert.IsType<Grid>(elements[2]);
        Assert.StartsWith("备注", ((TextLine)elements[3]).Text, StringComparison.Ordinal);
    }
}
