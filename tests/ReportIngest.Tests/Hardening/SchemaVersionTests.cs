using Dapper;
using Microsoft.Data.Sqlite;
using ReportIngest.Load;
using ReportIngest.Tests.Support;

namespace ReportIngest.Tests.Hardening;

/// <summary>Issue 13, item 7, and the version 2 migration over a version 1 database.</summary>
public sealed class SchemaVersionTests
{
    [Fact]
    public async Task Concurrent_first_opens_of_a_new_database_record_each_schema_version_once()
    {
        for (var round = 0; round < 5; round++)
        {
            using var temp = new TempDirectory();
            var db = temp.File("reports.db");
            using var start = new Barrier(4);
            var openers = Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
            {
                start.SignalAndWait();
                using var connection = Database.Open(db);
            })).ToArray();
            await Task.WhenAll(openers);

            using var check = new SqliteConnection($"Data Source={db};Pooling=False");
            var versions = check.Query<long>("SELECT version FROM schema_version ORDER BY version").ToList();
            Assert.Equal(Database.ScriptVersions.Select(v => (long)v), versions);
        }
    }

    [Fact]
    public void A_version_1_database_is_upgraded_in_place_and_its_amounts_get_exact_fen()
    {
        using var temp = new TempDirectory();
        var db = temp.File("reports.db");
        using (var old = new SqliteConnection($"Data Source={db};Pooling=False"))
        {
            old.Open();
            old.Execute(File.ReadAllText(Path.Combine(RepoPaths.Root, "src", "ReportIngest.Load", "Schema", "001_initial.sql")));
            old.Execute("CREATE TABLE schema_version (version INTEGER NOT NULL, applied_at TEXT NOT NULL); INSERT INTO schema_version VALUES (1, 'then')");
            old.Execute("""
                INSERT INTO document (document_id, sha256, source, kind, status, pipeline_version, loaded_at) VALUES ('d', 'dd', 'a.txt', 'text', 'loaded', 'v', 'now');
                INSERT INTO report_table (document_id, table_id, title, table_type, type_confidence, classifier, n_rows, n_cols, header_rows) VALUES ('d', 0, 't', 'other', 1, 'rules', 1, 1, 0);
                INSERT INTO fact (document_id, table_id, row, col, classification, code, item_name, measure, amount_wan, printed_text, printed_item)
                VALUES ('d', 0, 1, 1, '', '', '合计', 'total', '462311.220001', '462311.220001', '合计'), ('d', 0, 2, 1, '', '', 'x', 'total', '0.000001', '0.01', 'x');
                """);
        }

        using (Database.Open(db)) { }

        using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        Assert.Equal(Database.ScriptVersions.Select(v => (long)v), connection.Query<long>("SELECT version FROM schema_version ORDER BY version"));
        Assert.Equal(462311220001L + 1L, connection.ExecuteScalar<long>("SELECT SUM(amount_fen) FROM v_fact"));
        Assert.Equal(1L, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM v_document WHERE duplicate_of IS NULL"));
    }
}
