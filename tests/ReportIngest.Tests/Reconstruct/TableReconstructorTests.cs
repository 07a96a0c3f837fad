using ReportIngest.Core.Documents;
using ReportIngest.Core.Extraction;
using ReportIngest.Extract.Text;
using ReportIngest.Reconstruct;
using ReportIngest.Tests.Support;

namespace ReportIngest.Tests.Reconstruct;

public class TableReconstructorTests
{
    private static IReadOnlyList<ReportIngest.Core.Tables.Table> TablesOf(string text) =>
        new TableReconstructor().Reconstruct(new ExtractedDocument("sha", "test", DocumentKind.Text, null, TextExtractor.Read(text))).Tables;

    [Fact]
    public void Seed_000_gives_its_fourteen_tables_with_titles()
    {
        var tables = TablesOf(File.ReadAllText(RepoPaths.CorpusFile("000_")));
        Assert.Equal(14, tables.Count);
        Assert.Equal("部门收支总表", tables[0].Title);
        Assert.Equal("财政拨款支出预算表（部门经济分类科目）", tables[4].Title);
        Assert.Equal("部门整体支出绩效目标表", tables[13].Title);
        Assert.All(tables.Take(12), t => Assert.Equal("万元", t.Unit));
    }

    [Fact]
    public void Nested_headers_compose_and_a_misaligned_group_label_snaps_onto_its_group()
    {
        var table = TablesOf(File.ReadAllText(RepoPaths.CorpusFile("000_")))[4];
        Assert.Equal(2, table.HeaderRowCount);
        Assert.Equal(["当年财政拨款安排", "合计"], table.Columns[5].Path);
        Assert.Equal(["当年财政拨款安排", "一般公共预算拨款"], table.Columns[6].Path);
        // The text puts 上年结转安排 one column left of the 合计 that opens its group.
        Assert.Equal(["上年结转安排", "合计"], table.Columns[9].Path);
        Assert.Equal(["科目编码", "类"], table.Columns[0].Path);
    }

    [Fact]
    public void A_header_repeated_after_a_page_break_is_not_data()
    {
        const string text = "部门支出总表\n单位：万元\n科目编码\t科目名称\t合计\n2101501\t行政运行\t10.00\n- 2 -\n科目编码\t科目名称\t合计\n2101502\t一般行政管理事务\t2.00\n";
        var table = Assert.Single(TablesOf(text));
        Assert.Equal(1, table.HeaderRowCount);
        Assert.Equal(3, table.RowCount);
        Assert.DoesNotContain(table.Cells, c => c.Row > 0 && c.Text == "科目编码");
    }

    [Fact]
    public void Context_lines_inside_a_grid_become_context_not_header()
    {
        const string text = "一般公共预算财政拨款支出决算表\n部门：某县医疗保障局（汇总）\t\t2023年度\t\t公开05表\n项目\t\t本年支出\n科目编码\t科目名称\t小计\n208\t社会保障和就业支出\t53.64\n";
        var table = Assert.Single(TablesOf(text));
        Assert.Equal("一般公共预算财政拨款支出决算表", table.Title);
        Assert.Contains("公开05表", table.Context);
        Assert.Equal(2, table.HeaderRowCount);
        Assert.Equal(["本年支出", "小计"], table.Columns[2].Path);
    }
}
