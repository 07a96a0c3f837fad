using Dapper;
using Microsoft.Data.Sqlite;
using ReportIngest.Tests.Support;

namespace ReportIngest.Tests.Hardening;

/// <summary>
/// Issue 13, items 11 and 12: one report loaded twice counts once, and the leaf lines of a table sum to its total
/// line exactly in 分, without the totals, subtotals and parent codes that a naive SUM adds again.
/// </summary>
public sealed class AnalystViewTests
{
    [Fact]
    public void A_report_loaded_as_text_and_as_pdf_and_twice_as_text_counts_once()
    {
        using var temp = new TempDirectory();
        var older = temp.File("002-older.txt");
        var newer = temp.File("002-newer.txt");
        File.Copy(RepoPaths.CorpusFile("002_"), older);
        File.WriteAllText(newer, File.ReadAllText(older) + "\n");
        File.SetLastWriteTimeUtc(older, new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        File.SetLastWriteTimeUtc(newer, new DateTime(2024, 6, 1, 0, 0, 0, DateTimeKind.Utc));
        var db = temp.File("reports.db");

        Assert.Equal(0, Ingest.Run(db, RepoPaths.CorpusFile("000_"), Path.Combine(RepoPaths.Corpus, "000.pdf"), older, newer));

        using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        var docs = connection.Query<(string Id, string Source, string Scope, string? DuplicateOf)>(
            "SELECT document_id, source, scope, duplicate_of FROM v_document").ToDictionary(d => d.Source);
        Assert.Equal(docs["000.pdf"].Id, docs["000_6bd304a2aa0ee1ee.txt"].DuplicateOf);
        Assert.Null(docs["000.pdf"].DuplicateOf);
        Assert.Equal(docs["002-newer.txt"].Id, docs["002-older.txt"].DuplicateOf);
        Assert.Null(docs["002-newer.txt"].DuplicateOf);
        Assert.Equal("department", docs["000.pdf"].Scope);
        Assert.Equal("unit", docs["002-newer.txt"].Scope);

        // the README's query: each report once
        var perReport = connection.Query<(string Department, long Fen)>("""
            SELECT department, SUM(amount_fen) FROM v_report_fact
            WHERE table_type = 'expenditure_summary' AND measure = 'total' AND is_leaf = 1 GROUP BY department
            """).ToList();
        var perDocument = connection.Query<(string Id, long Fen)>("""
            SELECT document_id, SUM(amount_fen) FROM v_fact
            WHERE table_type = 'expenditure_summary' AND measure = 'total' AND is_leaf = 1 GROUP BY document_id
            """).ToDictionary(r => r.Id, r => r.Fen);
        Assert.Equal(2, perReport.Count);
        Assert.Equal(perDocument[docs["000.pdf"].Id], perReport.Single(r => r.Department == "苍溪县医疗保障局").Fen);
    }

    [Fact]
    public void Leaf_lines_sum_to_the_total_line_within_the_printed_rounding_and_amounts_in_fen_are_exact()
    {
        using var temp = new TempDirectory();
        var db = temp.File("reports.db");
        Assert.Equal(0, Ingest.Run(db, RepoPaths.CorpusFile("000_"), RepoPaths.CorpusFile("001_"), RepoPaths.CorpusFile("002_")));

        using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        var tables = connection.Query<(string Doc, long Table, string Type, string Measure, long Total, long Leaves, long All, long LeafLines)>("""
            SELECT document_id, table_id, table_type, measure,
                   SUM(CASE WHEN line_role = 'total' THEN amount_fen END),
                   SUM(CASE WHEN is_leaf = 1 THEN amount_fen ELSE 0 END),
                   SUM(amount_fen),
                   SUM(is_leaf)
            FROM v_fact GROUP BY 1, 2, 3, 4
            HAVING COUNT(CASE WHEN line_role = 'total' THEN 1 END) = 1
            """).ToList();
        var coded = tables.Where(t => t.Type is "expenditure_summary" or "general_expenditure" or "fiscal_expenditure_economic" or "general_basic_expenditure").ToList();
        Assert.True(coded.Count >= 12, $"{coded.Count} coded tables with one total line");
        // (two-sided summary tables list sources and uses side by side, not a hierarchy: their leaves are not a sum)
        foreach (var t in coded)
        {
            // each printed figure is rounded to 0.01 万元 (10,000 分); the leaves are many, the total one
            Assert.True(Math.Abs(t.Total - t.Leaves) <= 10_000 * Math.Max(1, t.LeafLines / 4), $"{t}: total {t.Total}, leaves {t.Leaves}");
        }
        // a naive sum counts the total, the subtotals and every parent code again
        Assert.All(coded.Where(t => t.Measure == "total"), t => Assert.True(t.All >= 2 * t.Total, $"{t}"));

        var mismatched = connection.ExecuteScalar<long>("SELECT COUNT(*) FROM fact WHERE amount_fen <> CAST(ROUND(CAST(amount_wan AS REAL) * 1000000) AS INTEGER)");
        Assert.Equal(0, mismatched);
        Assert.Equal("integer", connection.ExecuteScalar<string>("SELECT typeof(SUM(amount_fen)) FROM v_fact"));
        var roles = connection.Query<string>("SELECT DISTINCT line_role FROM v_fact").ToHashSet();
        Assert.Superset(new HashSet<string> { "total", "class", "item", "sub-item", "line" }, roles);
    }
}
