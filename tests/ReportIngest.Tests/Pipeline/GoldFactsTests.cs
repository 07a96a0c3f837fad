using Dapper;
using Microsoft.Data.Sqlite;
using ReportIngest.Tests.Support;

namespace ReportIngest.Tests.Pipeline;

/// <summary>Each seed text report, ingested alone, reproduces its hand-checked gold facts.</summary>
public class GoldFactsTests
{
    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    public void Seed_text_report_reproduces_gold_facts(string seed)
    {
        using var temp = new TempDirectory();
        var db = temp.File("reports.db");
        Assert.Equal(0, Ingest.Run(db, RepoPaths.CorpusFile(seed + "_")));

        var score = GoldFacts.Compare(db, Path.Combine(RepoPaths.Gold, "facts", $"facts-{seed}.csv"));

        Assert.True(score.Recall == 1.0 && score.Precision >= 0.99, score.ToString());
    }

    [Theory]
    [InlineData("000", "000")]
    [InlineData("001", "001")]
    [InlineData("001-unruled", "001")]
    [InlineData("002", "002")]
    public void Pdf_gives_the_same_facts_as_its_text_extraction(string pdf, string seed)
    {
        using var temp = new TempDirectory();
        var db = temp.File("reports.db");
        Assert.Equal(0, Ingest.Run(db, Path.Combine(RepoPaths.Corpus, pdf + ".pdf")));

        var score = GoldFacts.Compare(db, Path.Combine(RepoPaths.Gold, "facts", $"facts-{seed}.csv"));

        Assert.True(score.Recall == 1.0 && score.Precision >= 0.99, score.ToString());
        // Tables continued over pages are joined, so their totals and hierarchies add up.
        using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        Assert.True(connection.ExecuteScalar<long>("SELECT COUNT(*) FROM check_result") > 100);
        Assert.Empty(connection.Query<string>("SELECT description FROM check_result WHERE passed = 0"));
    }

    [Fact]
    public void Unruled_table_continued_with_a_repeated_header_is_one_table()
    {
        using var temp = new TempDirectory();
        var db = temp.File("reports.db");
        Assert.Equal(0, Ingest.Run(db, Path.Combine(RepoPaths.Corpus, "001-unruled.pdf")));

        using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        var income = connection.QuerySingle<(long First, long Last)>("SELECT first_page, last_page FROM v_table WHERE title = '收入决算表'");
        Assert.Equal((8L, 9L), income);
        // 2080502 is printed on page 8, 2101504 on page 9 under the repeated header.
        var codes = connection.Query<string>(
            "SELECT DISTINCT f.code FROM v_fact f JOIN v_table t ON t.document_id = f.document_id AND t.table_id = f.table_id WHERE t.title = '收入决算表'").ToList();
        Assert.Contains("2080502", codes);
        Assert.Contains("2101504", codes);
    }
}
