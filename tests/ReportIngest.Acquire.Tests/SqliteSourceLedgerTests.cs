using ReportIngest.Core.Documents;
using ReportIngest.Core.Sources;
using ReportIngest.Load.Sources;
using ReportIngest.Tests.Support;

namespace ReportIngest.Acquire.Tests;

public sealed class SqliteSourceLedgerTests
{
    [Fact]
    public async Task A_record_reads_back_as_written_and_a_later_outcome_replaces_it()
    {
        using var temp = new TempDirectory();
        var database = temp.File("sub/reports.db");
        using var ledger = SqliteSourceLedger.Open(database);
        var hints = new SourceHints("四川省某县", "财政局", 2024, ReportPhase.Budget);
        var failed = SourceRecord.Failed("http://a.gov.cn/1.pdf", "HTTP 503 Service Unavailable", 5, hints);

        Assert.Null(await ledger.FindAsync(failed.Url, CancellationToken.None));
        await ledger.RecordAsync(failed, CancellationToken.None);
        var read = await ledger.FindAsync(failed.Url, CancellationToken.None);
        Assert.Equal(failed with { FetchedAt = read!.FetchedAt }, read);
        Assert.True((read.FetchedAt - failed.FetchedAt).Duration() < TimeSpan.FromMilliseconds(2));
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={database}"))
        {
            await connection.OpenAsync();
            var command = connection.CreateCommand();
            command.CommandText = "SELECT hints FROM source";
            Assert.Equal("""{"region":"四川省某县","department":"财政局","fiscal_year":2024,"phase":"budget"}""", (string?)await command.ExecuteScalarAsync());
        }

        var stored = SourceRecord.Stored(failed.Url, 1, new string('a', 64), 1234, "/store/x.pdf", SourceHints.None);
        await ledger.RecordAsync(stored, CancellationToken.None);
        var again = await ledger.FindAsync(failed.Url, CancellationToken.None);
        Assert.Equal(stored with { FetchedAt = again!.FetchedAt }, again);
    }

    [Fact]
    public async Task Opening_twice_keeps_the_rows_and_the_database_is_in_wal_mode()
    {
        using var temp = new TempDirectory();
        var database = temp.File("reports.db");
        using var first = SqliteSourceLedger.Open(database);
        await first.RecordAsync(SourceRecord.Failed("http://a.gov.cn/1.pdf", "HTTP 404 Not Found", 1, SourceHints.None), CancellationToken.None);

        using var second = SqliteSourceLedger.Open(database);

        Assert.NotNull(await second.FindAsync("http://a.gov.cn/1.pdf", CancellationToken.None));
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={database}");
        await connection.OpenAsync();
        var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Many_workers_can_record_at_once()
    {
        using var temp = new TempDirectory();
        using var ledger = SqliteSourceLedger.Open(temp.File("reports.db"));

        await Parallel.ForEachAsync(Enumerable.Range(0, 200), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, ct) =>
            await ledger.RecordAsync(SourceRecord.Failed($"http://a.gov.cn/{i}.pdf", "HTTP 503", 1, SourceHints.None), ct));

        foreach (var i in Enumerable.Range(0, 200))
            Assert.NotNull(await ledger.FindAsync($"http://a.gov.cn/{i}.pdf", CancellationToken.None));
    }
}
