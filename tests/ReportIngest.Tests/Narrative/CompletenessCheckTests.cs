using ReportIngest.Core.Tables;
using ReportIngest.Validate;
using ReportIngest.Validate.Checks;
using ReportIngest.Tests.Validate;

namespace ReportIngest.Tests.Narrative;

/// <summary>The completeness check on the gold facts of the 000 budget, whole and with tables taken away.</summary>
public class CompletenessCheckTests
{
    [Fact]
    public void The_gold_budget_lacks_only_its_empty_government_fund_table_and_is_complete_with_a_warning()
    {
        var check = Completeness(GoldDocument.Rows("000"));

        Assert.True(check.Passed);
        Assert.True(check.Warning);
        Assert.Contains("missing gov_fund_expenditure", check.Description);
    }

    [Fact]
    public void A_report_read_as_one_table_fails_and_names_what_is_missing()
    {
        var rows = GoldDocument.Rows("000").Where(r => r.TableType == TableTypes.IncomeExpenditureSummary);

        var check = Completeness(rows);

        Assert.False(check.Passed);
        Assert.Contains("incomplete: missing income_summary, expenditure_summary, fiscal_summary", check.Description);
        Assert.Equal((8m, 1m), (check.Expected, check.Actual));
    }

    [Fact]
    public void A_report_without_a_single_fact_fails()
    {
        var check = Completeness([]);

        Assert.False(check.Passed);
        Assert.Contains("0 facts", check.Description);
    }

    private static Core.Facts.CheckResult Completeness(IEnumerable<GoldRow> rows) =>
        DocumentValidator.Default.Validate(GoldDocument.FromRows(rows, "budget")).Checks.Single(c => c.Kind == CheckKinds.Completeness);
}
