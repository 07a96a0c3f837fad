using System.Text;
using Dapper;
using Microsoft.Data.Sqlite;
using ReportIngest.Tests.Support;

namespace ReportIngest.Tests.Pipeline;

/// <summary>Bad input is recorded with a reason, leaves nothing else behind, and does not stop the batch.</summary>
public class BadInputTests
{
    [Fact]
    public void Bad_files_fail_with_reasons_while_the_batch_loads_the_good_one()
    {
        using var temp = new TempDirectory();
        var empty = temp.File("empty.txt");
        File.WriteAllText(empty, "");
        var binary = temp.File("binary.txt");
        File.WriteAllBytes(binary, Enumerable.Range(0, 4096).Select(i => (byte)(i * 7 % 256)).ToArray());
        var prose = temp.File("prose.txt");
        File.WriteAllText(prose, "苍溪县医疗保障局2023年部门预算\n\n一、基本职能\n负责医疗保障工作。\n");
        var db = temp.File("reports.db");

        var exit = Ingest.Run(db, empty, binary, prose, RepoPaths.CorpusFile("002_"));

        Assert.Equal(2, exit);
        using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        var docs = connection.Query<(string Source, string Status, string? Reason)>("SELECT source, status, reason FROM v_document ORDER BY source").ToList();
        Assert.Equal(4, docs.Count);
        Assert.Contains("empty", docs.Single(d => d.Source == "empty.txt").Reason);
        Assert.Contains("binary", docs.Single(d => d.Source == "binary.txt").Reason);
        Assert.Contains("no table", docs.Single(d => d.Source == "prose.txt").Reason);
        Assert.Equal("loaded", docs.Single(d => d.Source.StartsWith("002_")).Status);
        // A failed document has its one v_document row and nothing in any other view.
        var failedIds = connection.Query<string>("SELECT document_id FROM v_document WHERE status = 'failed'").ToList();
        Assert.Equal(3, failedIds.Count);
        Assert.Equal(0L, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM v_fact WHERE document_id IN @failedIds", new { failedIds }));
        Assert.Equal(0L, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM v_table WHERE document_id IN @failedIds", new { failedIds }));
    }

    [Fact]
    public void Scanned_and_truncated_pdfs_fail_with_reasons_and_leave_no_rows()
    {
        using var temp = new TempDirectory();
        var truncated = temp.File("truncated.pdf");
        var bytes = File.ReadAllBytes(Path.Combine(RepoPaths.Corpus, "002.pdf"));
        File.WriteAllBytes(truncated, bytes[..(bytes.Length / 3)]);
        var db = temp.File("reports.db");

        Assert.Equal(2, Ingest.Run(db, Path.Combine(RepoPaths.Fixtures, "002-scanned.pdf"), truncated));

        using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        var reasons = connection.Query<(string Source, string Status, string Reason)>("SELECT source, status, reason FROM v_document").ToDictionary(r => r.Source);
        Assert.Equal("no text layer (scanned) and OCR is off", reasons["002-scanned.pdf"].Reason);
        Assert.Contains("corrupt or truncated", reasons["truncated.pdf"].Reason);
        Assert.All(reasons.Values, r => Assert.Equal("failed", r.Status));
        Assert.Equal(0L, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM fact"));
        Assert.Equal(0L, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM report_table"));
    }

    [Fact]
    public void Gbk_encoded_text_is_decoded_and_gives_the_same_facts_as_utf8()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        using var temp = new TempDirectory();
        var gbk = temp.File("002-gbk.txt");
        var text = File.ReadAllText(RepoPaths.CorpusFile("002_"), Encoding.UTF8);
        File.WriteAllBytes(gbk, Encoding.GetEncoding("GB18030").GetBytes(text));
        var db = temp.File("reports.db");

        Assert.Equal(0, Ingest.Run(db, gbk));

        var score = GoldFacts.Compare(db, Path.Combine(RepoPaths.Gold, "facts", "facts-002.csv"));
        Assert.True(score.Recall == 1.0, score.ToString());
    }

    [Fact]
    public void A_column_whose_header_maps_to_no_measure_is_reported_not_guessed()
    {
        using var temp = new TempDirectory();
        var report = temp.File("odd.txt");
        File.WriteAllText(report, "部门支出总表\n单位：万元\n科目编码\t科目名称\t合计\t神秘经费\n2101501\t行政运行\t10.00\t3.00\n");
        var db = temp.File("reports.db");

        Assert.Equal(0, Ingest.Run(db, report));

        using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        var measures = connection.Query<string>("SELECT measure FROM v_fact").ToList();
        Assert.Equal(["total"], measures);
        var unmapped = connection.ExecuteScalar<string>("SELECT unmapped FROM report_table");
        Assert.Contains("神秘经费", unmapped);
        Assert.Contains("神秘经费", connection.ExecuteScalar<string>("SELECT warnings FROM document"));
    }
}
