using ReportIngest.Core.Extraction;

namespace ReportIngest.Tests.Extract.Pdf;

public class StreamTableTests
{
    [Fact]
    public void Unruled_table_is_found_from_text_alignment()
    {
        // 001-unruled.pdf page 6: 收入支出决算总表 without any ruling lines.
        var elements = CorpusPages.Elements("001-unruled.pdf", 6);
        var grid = elements.OfType<Grid>().Single();

        Assert.Equal(GridKind.Stream, grid.Kind);
        Assert.Equal(6, grid.ColCount);
        var first = CorpusPages.Cell(grid, "一、一般公共预算财政拨款收入");
        Assert.Equal("1", CorpusPages.At(grid, first.Row, first.Col + 1).Text);
        Assert.Equal("17,334.30", CorpusPages.At(grid, first.Row, first.Col + 2).Text);
        Assert.Equal("一、一般公共服务支出", CorpusPages.At(grid, first.Row, first.Col + 3).Text);
        Assert.Contains(elements.OfType<TextLine>(), l => l.Text == "收入支出决算总表");
    }

    [Fact]
    public void Wrapped_name_is_joined_to_its_row()
    {
        var grid = CorpusPages.Elements("001-unruled.pdf", 6).OfType<Grid>().Single();

        // Printed as "三、国有资本经营预算财政拨款收" / "入" with the row's other cells centred between.
        var wrapped = CorpusPages.Cell(grid, "三、国有资本经营预算财政拨款收入");
        Assert.Equal("3", CorpusPages.At(grid, wrapped.Row, wrapped.Col + 1).Text);
        Assert.Equal("三、国防支出", CorpusPages.At(grid, wrapped.Row, wrapped.Col + 3).Text);
    }

    [Fact]
    public void Unit_caption_above_an_unruled_table_stays_text()
    {
        var lines = CorpusPages.Elements("001-unruled.pdf", 6).OfType<TextLine>().Select(l => l.Text);

        Assert.Contains(lines, l => l.Contains("金额单位：万元", StringComparison.Ordinal));
    }

    [Fact]
    public void Header_labels_over_empty_body_columns_keep_their_own_columns()
    {
        // 001-unruled.pdf page 10: 支出决算表; only 项目支出 of the last four columns has amounts.
        var grid = CorpusPages.Elements("001-unruled.pdf", 10).OfType<Grid>().First();

        var project = CorpusPages.Cell(grid, "项目支出");
        Assert.Equal("上缴上级支出", CorpusPages.At(grid, project.Row, project.Col + 1).Text);
        Assert.Equal("16,928.18", CorpusPages.At(grid, CorpusPages.Cell(grid, "17,336.07").Row, project.Col).Text);
    }

    [Fact]
    public void Group_header_spans_the_columns_it_is_centred_over()
    {
        // 001-unruled.pdf page 12: "支 出" stands over the right half, from its 项目 column on.
        var grid = CorpusPages.Elements("001-unruled.pdf", 12).OfType<Grid>().First();

        var spending = grid.Cells.Single(c => c.Text == "支 出" || c.Text == "支出");
        var item = CorpusPages.Cell(grid, "一、一般公共服务支出");
        Assert.Equal(item.Col, spending.Col);
        Assert.Equal(grid.ColCount, spending.Col + spending.ColSpan);
    }

    [Fact]
    public void Column_numbering_line_parts_columns_hidden_by_group_labels()
    {
        // 001-unruled.pdf page 19: 三公经费 table, twelve numbered columns and one row of amounts.
        var grid = CorpusPages.Elements("001-unruled.pdf", 19).OfType<Grid>().First();

        Assert.Equal(12, grid.ColCount);
        var twelve = CorpusPages.Cell(grid, "12");
        Assert.Equal("0.46", CorpusPages.At(grid, twelve.Row + 1, twelve.Col).Text);
        Assert.DoesNotContain(grid.Cells, c => c.Text.Contains("1.60 1.60", StringComparison.Ordinal));
        var group = grid.Cells.First(c => c.Text == "公务用车购置及运行费");
        Assert.Equal(3, group.ColSpan);
    }

    [Fact]
    public void Closing_note_sentence_is_not_part_of_the_table()
    {
        // 001-unruled.pdf page 16: the table ends above "注：本表反映…情况。", which must not hide its code column.
        var elements = CorpusPages.Elements("001-unruled.pdf", 16);
        var grid = elements.OfType<Grid>().First();

        var code = CorpusPages.Cell(grid, "30310");
        Assert.Equal("个人农业生产补贴", CorpusPages.At(grid, code.Row, code.Col + 1).Text);
        Assert.Contains(elements.OfType<TextLine>(), l => l.Text.StartsWith("注：", StringComparison.Ordinal));
    }
}
