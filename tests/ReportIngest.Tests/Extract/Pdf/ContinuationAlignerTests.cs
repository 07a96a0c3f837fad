using ReportIngest.Core.Documents;
using ReportIngest.Core.Extraction;
using ReportIngest.Extract.Pdf.Tables;

namespace ReportIngest.Tests.Extract.Pdf;

public class ContinuationAlignerTests
{
    private static GridCell Cell(int row, int col, string text, double left, double right) =>
        new(row, col, text) { Box = new BoundingBox(left, 100, right, 110) };

    [Fact]
    public void Continued_table_takes_the_columns_of_the_table_before()
    {
        var before = new Grid([
            Cell(0, 0, "编码", 10, 40), Cell(0, 1, "名称", 50, 90), Cell(0, 2, "合计", 100, 130), Cell(0, 3, "项目", 140, 170),
            Cell(1, 0, "208", 10, 30), Cell(1, 1, "社会保障", 50, 85), Cell(1, 2, "53.64", 105, 130), Cell(1, 3, "12.00", 145, 170),
        ], GridKind.Stream);
        var after = new Grid([Cell(0, 0, "221", 10, 30), Cell(0, 1, "住房保障支出", 50, 88), Cell(0, 2, "36.25", 105, 130)], GridKind.Stream);
        var pages = new[] { new List<PageElement> { before }, new List<PageElement> { new TextLine("— 2 —"), after } };

        ContinuationAligner.Align(pages);

        var aligned = pages[1].OfType<Grid>().Single();
        Assert.Equal(4, aligned.ColCount);
        Assert.Equal(2, aligned.Cells.Single(c => c.Text == "36.25").Col);
    }

    [Fact]
    public void Table_with_columns_elsewhere_is_left_alone()
    {
        var before = new Grid([Cell(0, 0, "a", 10, 20), Cell(0, 1, "b", 50, 60), Cell(0, 2, "c", 100, 110)], GridKind.Stream);
        var after = new Grid([Cell(0, 0, "x", 30, 40), Cell(0, 1, "y", 70, 80)], GridKind.Stream);
        var pages = new[] { new List<PageElement> { before }, new List<PageElement> { after } };

        ContinuationAligner.Align(pages);

        Assert.Same(after, pages[1][0]);
    }

    [Fact]
    public void Form_broken_after_its_first_row_takes_the_columns_of_its_continuation()
    {
        // 001-unruled.pdf: the 基本情况 row of a 绩效自评表 ends page 32, its other sections fill page 33.
        var pages = new[] { CorpusPages.Elements("001-unruled.pdf", 32), CorpusPages.Elements("001-unruled.pdf", 33) };
        var rest = pages[1].OfType<Grid>().First();
        Assert.True(pages[0].OfType<Grid>().Last().ColCount < rest.ColCount);

        ContinuationAligner.Align(pages);

        var first = pages[0].OfType<Grid>().Last();
        Assert.Equal(rest.ColCount, first.ColCount);
        Assert.Equal(0, CorpusPages.Cell(first, "一、基本情况").Col);
        Assert.Equal(CorpusPages.Cell(rest, "指标分值").Col, CorpusPages.Cell(first, "项目级次").Col);
        Assert.Equal(CorpusPages.Cell(rest, "自评得分").Col, CorpusPages.Cell(first, "万元").Col);
    }
}
