using ReportIngest.Core.Facts;
using ReportIngest.Core.Tables;
using ReportIngest.Normalise.Narrative;

namespace ReportIngest.Tests.Narrative;

/// <summary>Key figures read from sentences as the reports print them (quoted from the corpus and the real reports).</summary>
public class NarrativeReaderTests
{
    [Fact]
    public void Income_and_its_fiscal_part_are_read_and_the_change_on_last_year_is_not()
    {
        var statements = Read(false,
            "    2025年，上海市普陀区商务委员会收入预算37,151.47万元，其中：财政拨款收入37,151.47万元，比2024年预算执行数增加",
            "24,558.18万元；事业收入0万元；事业单位经营收入0万元；其他收入0万元。");

        Assert.Equal(
            [(NarrativeSubjects.IncomeTotal, 37151.47m), (NarrativeSubjects.FiscalIncome, 37151.47m)],
            statements.Select(s => (s.Subject, s.AmountWan)));
        Assert.Equal("37,151.47", statements[0].PrintedAmount);
        Assert.Equal(2, statements[0].Decimals);
    }

    [Fact]
    public void A_figure_wrapped_onto_the_next_line_keeps_the_place_it_was_printed()
    {
        var statements = Read(false, "  2025年度本部门政府采购预算", "38.20万元，其中：政府采购货物预算7.80万元、政府采购工程预算0万元。");

        var procurement = Assert.Single(statements);
        Assert.Equal((NarrativeSubjects.Procurement, 38.20m), (procurement.Subject, procurement.AmountWan));
        Assert.Equal(2, procurement.Line);
    }

    [Fact]
    public void A_final_account_takes_the_outturn_not_the_budget_it_is_compared_with()
    {
        var statements = Read(true,
            "“三公”经费财政拨款支出年初预算为0.95万元，支出决算为0.00万元，完成预算的",
            "0%，其中：因公出国（境）费决算为0.00万元，完成预算的0%；");

        Assert.Equal(
            [(NarrativeSubjects.ThreePublicTotal, 0.00m), (NarrativeSubjects.ThreePublicOverseas, 0.00m)],
            statements.Select(s => (s.Subject, s.AmountWan)));
    }

    [Fact]
    public void Other_funds_and_carried_over_income_are_no_key_figures()
    {
        var statements = Read(false,
            "县医保局 2023 年收入预算 4695.70 万元，其中：上年结转 1007.24 万元，占 21.45%；一般公共预算拨款收入 3688.46 万元，占 78.55%。",
            "政府性基金拨款支出预算0万元，比2024年预算执行数持平。");

        Assert.Equal(
            [(NarrativeSubjects.IncomeTotal, 4695.70m), (NarrativeSubjects.GeneralBudgetIncome, 3688.46m)],
            statements.Select(s => (s.Subject, s.AmountWan)));
    }

    [Fact]
    public void Clauses_after_a_semicolon_stay_with_the_fund_the_sentence_names()
    {
        var statements = Read(true,
            "本部门 2023 年度财政拨款本年收入合计 17334.30 万元，比上年增加 6685.20 万元；本年支出合计 17334.30 万元，比上年增加 6685.20 万元。",
            "2. 政府性基金预算财政拨款本年收入合计 0.00 万元，比上年减少 927.30 万元；本年支出合计 0.00 万元。");

        Assert.Equal(
            [(NarrativeSubjects.FiscalIncome, 17334.30m), (NarrativeSubjects.FiscalExpenditure, 17334.30m)],
            statements.Select(s => (s.Subject, s.AmountWan)));
    }

    [Fact]
    public void A_figure_the_text_states_in_yuan_is_converted_to_wan()
    {
        var statement = Assert.Single(Read(false, "2024年机关运行经费预算为1,712,345元。"));

        Assert.Equal((NarrativeSubjects.OperatingCosts, "元", 171.2345m), (statement.Subject, statement.PrintedUnit, statement.AmountWan));
    }

    [Fact]
    public void Spaced_characters_and_full_width_digits_are_read()
    {
        var statement = Assert.Single(Read(false, "本 年 收 入 合 计 ２９４６.２５ 万元，占 100%。"));

        Assert.Equal((NarrativeSubjects.IncomeThisYear, 2946.25m), (statement.Subject, statement.AmountWan));
    }

    private static IReadOnlyList<NarrativeStatement> Read(bool isFinal, params string[] lines)
    {
        var document = new ReconstructedDocument("sha", "test.txt", Core.Documents.DocumentKind.Text, null, [], lines)
        {
            TextPlaces = lines.Select((_, i) => new TextPlace(null, i + 1)).ToList(),
        };
        return NarrativeReader.Read(document, isFinal);
    }
}
