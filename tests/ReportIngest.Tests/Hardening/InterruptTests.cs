using Dapper;
using Microsoft.Data.Sqlite;
using ReportIngest.Tests.Support;

namespace ReportIngest.Tests.Hardening;

/// <summary>Issue 13, Ctrl-C: the batch stops, what was in flight leaves nothing, the summary is printed, exit 130.</summary>
public sealed class InterruptTests
{
    [CtrlCFact]
    public async Task Ctrl_c_rolls_back_what_is_in_flight_prints_the_summary_and_exits_130()
    {
        using var temp = new TempDirectory();
        var files = new[] { "000.pdf", "001.pdf", "002.pdf", "001-unruled.pdf" }.Select(f => Path.Combine(RepoPaths.Corpus, f)).ToArray();
        var db = temp.File("reports.db");
        using var cli = CliProcess.Start(temp.Path, ["ingest", .. files, "--db", db, "--jobs", "1"]);

        // interrupt once the database exists and the first document is under way
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!File.Exists(db) && waited.Elapsed < TimeSpan.FromSeconds(90))
            await Task.Delay(100);
        await Task.Delay(500);
        cli.Interrupt();
        var exit = cli.WaitForExit(TimeSpan.FromSeconds(90));

        Assert.True(exit == 130, $"exit {exit}: {cli.Stderr}");
        Assert.Contains("Interrupted:", cli.Stderr);
        Assert.Contains("Documents:", cli.Stderr);
        Assert.DoesNotContain("   at ", cli.Stderr);
        using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        Assert.Equal("ok", connection.ExecuteScalar<string>("PRAGMA integrity_check"));
        // every document in the database is whole: loaded with its tables and facts, none half-written or failed
        var docs = connection.Query<(string Id, string Status, long Tables, long Facts)>("SELECT document_id, status, tables, facts FROM document").ToList();
        Assert.True(docs.Count < files.Length);
        foreach (var d in docs)
        {
            Assert.Equal("loaded", d.Status);
            Assert.Equal(d.Facts, connection.ExecuteScalar<long>("SELECT COUNT(*) FROM fact WHERE document_id = @Id", new { d.Id }));
        }
    }
}
