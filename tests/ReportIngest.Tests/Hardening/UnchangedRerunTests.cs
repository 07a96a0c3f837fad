using Dapper;
using Microsoft.Data.Sqlite;
using ReportIngest.Pipeline.Batch;
using ReportIngest.Tests.Support;

namespace ReportIngest.Tests.Hardening;

/// <summary>
/// Issue 16: a re-run over documents the database already holds from the same file, by the same version of every stage,
/// leaves them as they are (nothing recomputed, nothing rewritten); anything that could change the result loads again.
/// </summary>
public sealed class UnchangedRerunTests
{
    [Fact]
    public void A_second_ingest_of_the_same_file_leaves_it_loaded_as_it_was_and_reports_the_same_counts()
    {
        using var temp = new TempDirectory();
        var report = temp.File("002.txt");
        File.Copy(RepoPaths.CorpusFile("002_"), report);
        var db = temp.File("reports.db");

        var first = Assert.Single(Ingest.Run(db, [new IngestInput(report)]));
        var loadedAt = LoadedAt(db);
        var second = Assert.Single(Ingest.Run(db, [new IngestInput(report)]));

        Assert.False(first.Unchanged);
        Assert.True(second.Unchanged);
        Assert.Equal((first.Tables, first.Facts, first.ChecksFailed, first.Warnings.Count), (second.Tables, second.Facts, second.ChecksFailed, second.Warnings.Count));
        Assert.Equal(loadedAt, LoadedAt(db));
    }

    [Fact]
    public void Reload_a_touched_file_or_a_changed_manifest_hint_loads_it_again()
    {
        using var temp = new TempDirectory();
        var report = temp.File("002.txt");
        File.Copy(RepoPaths.CorpusFile("002_"), report);
        var db = temp.File("reports.db");
        Ingest.Run(db, [new IngestInput(report)]);

        Assert.False(Assert.Single(Ingest.Run(db, [new IngestInput(report)], reload: true)).Unchanged);
        File.SetLastWriteTimeUtc(report, DateTime.UtcNow.AddMinutes(-5));
        Assert.False(Assert.Single(Ingest.Run(db, [new IngestInput(report)])).Unchanged);
        var hinted = new IngestInput(report, Hints: ReportIngest.Core.Sources.SourceHints.None with { Department = "某县某局" });
        Assert.False(Assert.Single(Ingest.Run(db, [hinted])).Unchanged);
        Assert.True(Assert.Single(Ingest.Run(db, [hinted])).Unchanged);
        Assert.False(Assert.Single(Ingest.Run(db, [new IngestInput(report)])).Unchanged);
    }

    private static string LoadedAt(string db)
    {
        using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        return connection.ExecuteScalar<string>("SELECT loaded_at FROM document")!;
    }
}
