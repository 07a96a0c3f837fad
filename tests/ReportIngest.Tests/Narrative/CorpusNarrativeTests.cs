using Dapper;
using Microsoft.Data.Sqlite;
using ReportIngest.Tests.Support;
using Xunit.Abstractions;

namespace ReportIngest.Tests.Narrative;

/// <summary>The bundled reports, text and PDF: their key figures are read from the text and agree with their tables.</summary>
public class CorpusNarrativeTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("000_", 12)]
    [InlineData("001_", 12)]
    [InlineData("002_", 10)]
    [InlineData("000.pdf", 12)]
    [InlineData("001.pdf", 12)]
    [InlineData("001-unruled.pdf", 12)]
    [InlineData("002.pdf", 10)]
    public void Every_stated_figure_agrees_with_the_table_it_restates_and_the_report_is_complete(string file, int minimumChecked)
    {
        using var temp = new TempDirectory();
        var db = temp.File("reports.db");
        Assert.Equal(0, Ingest.Run(db, RepoPaths.CorpusFile(file)));

        using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        var narrative = connection.Query<(string Description, long Passed)>(
            "SELECT description, passed FROM check_result WHERE kind = 'narrative'").ToList();
        foreach (var check in narrative)
            output.WriteLine($"{(check.Passed == 1 ? "pass" : "FAIL")} {check.Description}");
        Assert.True(narrative.Count >= minimumChecked, $"{narrative.Count} narrative checks");
        Assert.All(narrative, c => Assert.Equal(1L, c.Passed));
        Assert.Equal(1L, connection.ExecuteScalar<long>("SELECT passed FROM check_result WHERE kind = 'completeness'"));
        Assert.True(connection.ExecuteScalar<long>("SELECT COUNT(*) FROM v_statement") >= narrative.Count);
    }

    [Fact]
    public void Statements_are_kept_out_of_v_fact()
    {
        using var temp = new TempDirectory();
        var db = temp.File("reports.db");
        Assert.Equal(0, Ingest.Run(db, RepoPaths.CorpusFile("000_")));

        using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        var statement = connection.QueryFirst(
            "SELECT subject, printed_amount, printed_unit, amount_wan, line, sentence FROM v_statement WHERE subject = 'income_total'");
        Assert.Equal("4695.70", (string)statement.printed_amount);
        Assert.Equal("万元", (string)statement.printed_unit);
        Assert.Equal(540L, (long)statement.line);
        Assert.Contains("收入预算", (string)statement.sentence);
        var score = GoldFacts.Compare(db, Path.Combine(RepoPaths.Gold, "facts", "facts-000.csv"));
        Assert.True(score.Recall == 1.0 && score.Precision == 1.0, score.ToString());
    }
}
