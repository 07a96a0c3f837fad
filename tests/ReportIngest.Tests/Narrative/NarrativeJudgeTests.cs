using ReportIngest.Core.Facts;
using ReportIngest.Validate.Checks;
using ReportIngest.Validate.Narrative;

namespace ReportIngest.Tests.Narrative;

/// <summary>How a stated figure is compared with a table amount: to its printed precision, and by factor of 10,000.</summary>
public class NarrativeJudgeTests
{
    [Theory]
    [InlineData("5.3", "万元", "5.34", StatementVerdict.Agrees)]
    [InlineData("5.3", "万元", "5.36", StatementVerdict.Differs)]
    [InlineData("1,212.12", "万元", "1212.12", StatementVerdict.Agrees)]
    [InlineData("1,212.12", "万元", "12121200", StatementVerdict.TableTenThousandTimes)]
    [InlineData("1,212.12", "万元", "0.121212", StatementVerdict.TableTenThousandth)]
    [InlineData("53,000", "元", "5.30", StatementVerdict.Agrees)]
    [InlineData("17334.30", "元", "17334.30", StatementVerdict.TextUnitMisprint)]
    [InlineData("0.3", "万元", "2961.68", StatementVerdict.Differs)]
    [InlineData("0", "万元", "0.00", StatementVerdict.Agrees)]
    public void A_figure_is_judged_against_a_table_amount(string printed, string unit, string table, StatementVerdict verdict)
    {
        var digits = decimal.Parse(printed.Replace(",", ""), System.Globalization.CultureInfo.InvariantCulture);
        var statement = new NarrativeStatement
        {
            Index = 0, Subject = NarrativeSubjects.IncomeTotal, Phrase = "收入预算", PrintedAmount = printed, PrintedUnit = unit,
            AmountWan = unit == "元" ? digits / 10_000m : digits, Sentence = "",
        };

        Assert.Equal(verdict, NarrativeCheck.Judge(statement, decimal.Parse(table, System.Globalization.CultureInfo.InvariantCulture)));
    }
}
