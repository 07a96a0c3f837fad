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
    }
}
