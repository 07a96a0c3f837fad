using Dapper;
using Microsoft.Data.Sqlite;
using ReportIngest.Tests.RealReports;
using Xunit.Abstractions;

namespace ReportIngest.Tests.Narrative;

/// <summary>
/// The published 普陀区 reports (../shared/real; skipped where absent): every report states its key figures, they
/// agree with the tables, and every report is complete. The one figure that disagrees is a printing error of its
/// report, checked on the page image: the 财政局 2024 决算 says on page 21 "财政拨款收入支出总计0.3万元" where
/// its 财政拨款收入支出决算总表 prints 总计 2,961.68.
/// </summary>
public class RealNarrativeTests(RealReportsDatabase real, ITestOutputHelper output) : IClassFixture<RealReportsDatabase>
{
    [RealReportsTheory]
    [InlineData("sh-putuo-commerce-2025-dept-budget.pdf")]
    [InlineData("sh-putuo-commerce-2025-unit-budget.pdf")]
    [InlineData("sh-putuo-finance-2024-dept-final.pdf")]
    [InlineData("sh-putuo-govoffice-2025-dept-budget.pdf")]
    [InlineData("sh-putuo-govoffice-2025-unit-budget.pdf")]
    [InlineData("sh-putuo-justice-2026-dept-budget.pdf")]
    [InlineData("sh-putuo-justice-2026-unit-budget.pdf")]
    [InlineData("sh-putuo-planning-resources-2024-dept-final.pdf")]
    [InlineData("sh-putuo-social-work-dept-2024-dept-final.pdf")]
    [InlineData("sh-putuo-wanli-street-2024-dept-budget.pdf")]
    [InlineData("sh-putuo-wanli-street-2025-dept-budget.pdf")]
    public void Stated_figures_agree_with_the_tables_except_the_printing_error_and_the_report_is_complete(string report)
    {
        using var connection = new SqliteConnection($"Data Source={real.Path};Mode=ReadOnly;Pooling=False");
        var document = connection.QuerySingle<string>("SELECT document_id FROM v_document WHERE source = @report OR source LIKE '%/' || @report", new { report });
        var statements = connection.ExecuteScalar<long>("SELECT COUNT(*) FROM v_statement WHERE document_id = @document", new { document });
        var narrative = connection.Query<(string Description, long Passed)>(
            "SELECT description, passed FROM check_result WHERE document_id = @document AND kind = 'narrative'", new { document }).ToList();
        output.WriteLine($"{report}: {statements} statements, {narrative.Count} checked");
        foreach (var check in narrative)
            output.WriteLine($"  {(check.Passed == 1 ? "pass" : "FAIL")} {check.Description}");

        // Every template states income, spending, the 三公 figures, 机关运行经费 and 政府采购.
        Assert.True(statements >= 13, $"{statements} statements");
        Assert.True(narrative.Count >= 8, $"{narrative.Count} narrative checks");
        var failed = narrative.Where(c => c.Passed == 0).Select(c => c.Description).ToList();
        if (report == "sh-putuo-finance-2024-dept-final.pdf")
        {
            var error = Assert.Single(failed);
            Assert.Contains("(page 21) '财政拨款收入支出总计0.3万元' = table 4 财政拨款收支总表", error);
            Assert.Contains("the text and the table differ", error);
        }
        else
        {
            Assert.Empty(failed);
        }
        Assert.Equal(1L, connection.ExecuteScalar<long>(
            "SELECT passed FROM check_result WHERE document_id = @document AND kind = 'completeness'", new { document }));
    }
}
