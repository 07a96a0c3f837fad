using ReportIngest.Core.Extraction;

namespace ReportIngest.Tests.Reconstruct;

public class TableContinuationTests
{
    private static PageBreak Break(int? before, int? after, params BreakLine[] between) =>
        new(before, after, GridKind.Stream, GridKind.Stream) { WidthBefore = 9, WidthAfter = 9, LinesBetween = between };

    [Fact]
    public void A_table_goes_on_onto_the_next_page_past_page_furniture()
    {
        var decision = TableContinuation.Decide(Break(10, 11, BreakLine.Furniture));
        Assert.True(decision.RowsContinue);
        Assert.True(decision.ColumnsContinue);
        Assert.Contains("only page furniture between", decision.Reasons);
    }

    [Fact]
    public void A_second_part_with_a_title_opens_a_table_of_its_own_though_its_columns_may_go_on()
    {
        // 001-unruled.pdf, page 31: a new 绩效自评表 under its own title, laid out like the one before.
        var decision = TableContinuation.Decide(Break(30, 31, BreakLine.Furniture) with { SecondPartHasTitle = true });
        Assert.False(decision.RowsContinue);
        Assert.False(decision.BrokenOnlyByPage);
        Assert.True(decision.ColumnsContinue);
        Assert.Contains("the second part has a title", decision.Reasons);
    }

    [Fact]
    public void A_note_between_the_parts_or_a_page_skipped_ends_the_table()
    {
        Assert.False(TableContinuation.Decide(Break(10, 11, BreakLine.Furniture, BreakLine.Text)).RowsContinue);
        Assert.False(TableContinuation.Decide(Break(10, 12)).RowsContinue);
        Assert.False(TableContinuation.Decide(Break(10, 11) with { LinesAfterFirstPart = 3 }).ColumnsContinue);
    }

    [Fact]
    public void Text_input_goes_on_past_anything_but_a_heading()
    {
        Assert.True(TableContinuation.Decide(Break(null, null, BreakLine.Furniture, BreakLine.Text)).RowsContinue);
        Assert.False(TableContinuation.Decide(Break(null, null, BreakLine.Heading)).RowsContinue);
        Assert.False(TableContinuation.Decide(Break(null, null)).BrokenOnlyByPage);
    }

    [Fact]
    public void Rows_go_on_only_under_as_many_columns_give_or_take_one()
    {
        var narrower = Break(18, 19, BreakLine.Furniture) with { WidthAfter = 4 };
        var decision = TableContinuation.Decide(narrower);
        Assert.False(decision.RowsContinue);
        Assert.True(decision.BrokenOnlyByPage);
        Assert.Contains("9 columns then 4", decision.Reasons);
    }
}
