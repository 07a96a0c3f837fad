using Dapper;
using Microsoft.Data.Sqlite;
using ReportIngest.Tests.Support;

namespace ReportIngest.Tests.RealReports;

/// <summary>
/// Eleven published 上海市普陀区 reports (部门预算, 单位预算, 部门决算; tables in 元 and in 万元) against the gold made by hand
/// from their page images (tests/gold/real): the facts of every table the gold covers, the document's identity, and
/// no failed check but the report's own printing error.
/// </summary>
public class RealReportGoldTests
{
    private static readonly string GoldDir = Path.Combine(RepoPaths.Gold, "real");

    public static TheoryData<string> Reports() =>
        [.. File.ReadLines(Path.Combine(GoldDir, "documents.csv")).Skip(1).Select(l => l.Split(',')[0])];

    [RealReportsTheory]
    [MemberData(nameof(Reports))]
    public void Report_reproduces_its_gold(string stem)
    {
        using var temp = new TempDirectory();
        var db = temp.File("reports.db");
        Assert.Equal(0, Ingest.Run(db, Path.Combine(RepoPaths.RealReports, stem + ".pdf")));

        var score = GoldFacts.Compare(db, Path.Combine(GoldDir, "facts", $"facts-{stem}.csv"), onlyGoldTypes: true);
        Assert.True(score.Recall >= 0.99 && score.Precision >= 0.99, score.ToString());

        using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        var document = connection.QuerySingle("SELECT region, region_code, department, fiscal_year, phase FROM v_document");
        var expected = File.ReadLines(Path.Combine(GoldDir, "documents.csv")).Single(l => l.StartsWith(stem + ",", StringComparison.Ordinal)).Split(',');
        Assert.Equal(expected[1..], new[] { (string)document.region, (string)document.region_code, (string)document.department,
            document.fiscal_year.ToString(), (string)document.phase });
    }

    /// <summary>
    /// The printing errors among the eleven: besides the one of the 财政局 2024 决算's text (below), the 2026 单位预算
    /// of 司法局 prints the 款 20406's 项目支出 (64,840,547.00 元) again on its 项 2040601 行政运行, in the 支出预算总表 and the 一般公共预算支出表. Every failed check names that line
    /// or its 款; every other report passes every check.
    /// </summary>
    [RealReportsTheory]
    [MemberData(nameof(Reports))]
    public void Only_the_reports_own_printing_error_fails_a_check(string stem)
    {
        using var temp = new TempDirectory();
        var db = temp.File("reports.db");
        Assert.Equal(0, Ingest.Run(db, Path.Combine(RepoPaths.RealReports, stem + ".pdf")));

        using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        var failed = connection.Query<string>("SELECT description FROM check_result WHERE passed = 0").ToList();
        if (stem == "sh-putuo-justice-2026-unit-budget")
        {
            Assert.NotEmpty(failed);
            Assert.All(failed, f => Assert.True(f.Contains("2040601") || f.Contains("20406"), f));
        }
        else if (stem == "sh-putuo-finance-2024-dept-final")
        {
            // The other printing error, which only the text shows: page 21 says 财政拨款收入支出总计0.3万元 where the
            // 财政拨款收入支出决算总表 prints 总计 2,961.68 (a narrative check).
            Assert.Contains("'财政拨款收入支出总计0.3万元'", Assert.Single(failed));
        }
        else
            Assert.Empty(failed);
    }
}
