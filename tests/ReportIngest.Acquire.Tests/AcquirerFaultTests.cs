using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using ReportIngest.Acquire.Tests.Support;
using ReportIngest.Core.Documents;
using ReportIngest.Core.Sources;
using ReportIngest.Load.Sources;
using ReportIngest.Tests.Support;

namespace ReportIngest.Acquire.Tests;

/// <summary>
/// One run against a loopback site that misbehaves in every way the issue lists, and a dead second host; then a
/// second run. Each fault is a path whose answers depend on how many times it was asked for.
/// </summary>
public sealed class AcquirerFaultTests
{
    private const int GoodFiles = 8;
    private const int DeadHostUrls = 8;

    private static readonly byte[] Flaky = SampleFiles.Pdf(101);
    private static readonly byte[] Throttled = SampleFiles.Pdf(102);
    private static readonly byte[] CutOnce = SampleFiles.Pdf(103, size: 200_000);
    private static readonly byte[] StallOnce = SampleFiles.Pdf(104);
    private static readonly byte[] SlowSteady = SampleFiles.Pdf(106);
    private static readonly byte[] TrailingSpace = SampleFiles.Pdf(105, trailer: "\r\n \n\0");
    private static readonly byte[] Report = SampleFiles.Text("某县2024年部门预算\n一般公共预算支出 1234.56 万元\n");

    private static LoopbackResponse Site(string path, int nth) => path switch
    {
        _ when path.StartsWith("/good/", StringComparison.Ordinal) => LoopbackResponse.Ok(GoodBody(path)),
        "/trailing-space.pdf" => LoopbackResponse.Ok(TrailingSpace),
        "/report.txt" => LoopbackResponse.Ok(Report, "text/plain; charset=utf-8"),
        "/flaky.pdf" => nth <= 2 ? LoopbackResponse.Error(503, "Service Unavailable") : LoopbackResponse.Ok(Flaky),
        "/throttled.pdf" => nth == 1
            ? LoopbackResponse.Error(429, "Too Many Requests") with { Headers = [("Retry-After", "1")] }
            : LoopbackResponse.Ok(Throttled),
        "/cut-once.pdf" => nth == 1 ? LoopbackResponse.Ok(CutOnce) with { CutAfter = CutOnce.Length / 2 } : LoopbackResponse.Ok(CutOnce),
        "/cut-always.pdf" => LoopbackResponse.Ok(CutOnce) with { CutAfter = 1000 },
        "/stall-once.pdf" => nth == 1 ? LoopbackResponse.Ok(StallOnce) with { Stall = true } : LoopbackResponse.Ok(StallOnce),
        "/stall-always.pdf" => LoopbackResponse.Ok(StallOnce) with { Stall = true },
        // 3 s in all, longer than the stall timeout, but never 2 s without a byte
        "/slow-steady.pdf" => LoopbackResponse.Ok(SlowSteady) with { Pieces = 6, Delay = TimeSpan.FromMilliseconds(500) },
        "/redirect-login.pdf" => new LoopbackResponse(302, "Found", [], "text/plain") { Headers = [("Location", "/login.pdf")] },
        "/no-eof.pdf" => LoopbackResponse.Ok(Flaky[..^7]),
        "/login.pdf" => LoopbackResponse.Ok(SampleFiles.LoginPage, "text/html; charset=utf-8"),
        "/gone.pdf" => LoopbackResponse.Error(410, "Gone"),
        _ => LoopbackResponse.Error(404, "Not Found"),
    };

    private static byte[] GoodBody(string path) => SampleFiles.Pdf(int.Parse(path[6..^4]));

    [Fact]
    public async Task Every_good_file_arrives_byte_exact_and_every_bad_url_is_recorded_with_its_reason()
    {
        using var temp = new TempDirectory();
        await using var site = new LoopbackServer(Site);
        await using var deadHost = new LoopbackServer((_, _) => LoopbackResponse.Error(503, "Service Unavailable"));
        var options = TestOptions.For(temp.File("store"));
        using var ledger = SqliteSourceLedger.Open(temp.File("reports.db"));

        // good files first, so the faults do not dominate the site's first breaker samples
        var paths = Enumerable.Range(1, GoodFiles).Select(i => $"/good/{i}.pdf")
            .Concat(["/trailing-space.pdf", "/report.txt", "/flaky.pdf", "/throttled.pdf", "/cut-once.pdf", "/stall-once.pdf",
                "/slow-steady.pdf", "/cut-always.pdf", "/stall-always.pdf", "/no-eof.pdf", "/login.pdf", "/redirect-login.pdf",
                "/missing.pdf", "/gone.pdf"])
            .ToList();
        var entries = paths.Select((p, i) => new ManifestEntry(site.Url(p), new SourceHints("某县", null, 2024, ReportPhase.Budget), i + 2))
            .Concat(Enumerable.Range(1, DeadHostUrls).Select(i => new ManifestEntry(deadHost.Url($"/r{i}.pdf"), SourceHints.None, 100 + i)))
            .ToList();

        var counter = new InFlightCounter { InnerHandler = Acquirer.CreateHandler(options) };
        AcquireSummary first;
        using (var client = new HttpClient(counter) { Timeout = Timeout.InfiniteTimeSpan })
        using (var acquirer = new Acquirer(options, ledger, client))
            first = await acquirer.RunAsync(entries, null, CancellationToken.None);

        var byPath = first.Records.Where(r => r.Url.StartsWith(site.BaseUri.AbsoluteUri, StringComparison.Ordinal))
            .ToDictionary(r => new Uri(r.Url).AbsolutePath);

        // good files, and the faults that heal within the retries, arrive byte-exact under their hash
        var healed = new Dictionary<string, byte[]>
        {
            ["/trailing-space.pdf"] = TrailingSpace, ["/report.txt"] = Report, ["/flaky.pdf"] = Flaky,
            ["/throttled.pdf"] = Throttled, ["/cut-once.pdf"] = CutOnce, ["/stall-once.pdf"] = StallOnce,
            ["/slow-steady.pdf"] = SlowSteady,
        };
        foreach (var i in Enumerable.Range(1, GoodFiles))
            healed[$"/good/{i}.pdf"] = GoodBody($"/good/{i}.pdf");
        foreach (var (path, body) in healed)
        {
            var record = byPath[path];
            Assert.True(record.Status == SourceStatus.Stored, $"{path}: {record.Reason}");
            Assert.Equal(body, await File.ReadAllBytesAsync(record.Path!));
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(body)), record.Sha256);
            Assert.Equal(record.Sha256 + Path.GetExtension(path), Path.GetFileName(record.Path));
            Assert.Equal(body.Length, record.Bytes);
        }
        Assert.Equal(3, byPath["/flaky.pdf"].Attempts);
        Assert.Equal(2, byPath["/throttled.pdf"].Attempts);
        Assert.Equal(2, byPath["/cut-once.pdf"].Attempts);
        Assert.Equal(2, byPath["/stall-once.pdf"].Attempts);
        Assert.Equal(1, byPath["/good/1.pdf"].Attempts);
        Assert.Equal(1, byPath["/slow-steady.pdf"].Attempts);

        // Retry-After: 1 was honoured although the backoff alone would have retried after some 20 ms
        var throttledTimes = site.Times("/throttled.pdf");
        Assert.True(throttledTimes[1] - throttledTimes[0] >= TimeSpan.FromMilliseconds(900), $"retried after {throttledTimes[1] - throttledTimes[0]}");

        // bad URLs: recorded with a reason; transient ones retried to the limit, permanent ones (a complete body that is
        // not a whole PDF, an HTML page, 404) tried once
        AssertFailed(byPath["/cut-always.pdf"], "body cut short", attempts: 3);
        AssertFailed(byPath["/stall-always.pdf"], "stalled: no data for 2 s", attempts: 3);
        AssertFailed(byPath["/no-eof.pdf"], "PDF incomplete", attempts: 1);
        AssertFailed(byPath["/redirect-login.pdf"], "HTML page instead of the PDF: 用户登录", attempts: 1);
        AssertFailed(byPath["/login.pdf"], "HTML page instead of the PDF: 用户登录", attempts: 1);
        AssertFailed(byPath["/missing.pdf"], "HTTP 404 Not Found", attempts: 1);
        AssertFailed(byPath["/gone.pdf"], "HTTP 410 Gone", attempts: 1);
        foreach (var path in paths)
            Assert.True(site.Hits(path) <= options.MaxRetries + 1, $"{path} asked {site.Hits(path)} times");

        // the dead host: its circuit opens, so far fewer requests than URLs × attempts reach it
        var dead = first.Records.Where(r => r.Url.StartsWith(deadHost.BaseUri.AbsoluteUri, StringComparison.Ordinal)).ToList();
        Assert.All(dead, r => Assert.Equal(SourceStatus.Failed, r.Status));
        Assert.Contains(deadHost.BaseUri.Authority, first.OpenedCircuits);
        Assert.DoesNotContain(site.BaseUri.Authority, first.OpenedCircuits);
        Assert.Contains(dead, r => r.Reason!.StartsWith("circuit open", StringComparison.Ordinal));
        Assert.All(dead, r => Assert.Matches("^(circuit open|HTTP 503 Service Unavailable)", r.Reason));
        Assert.True(deadHost.TotalRequests < DeadHostUrls * (options.MaxRetries + 1) / 2, $"dead host asked {deadHost.TotalRequests} times");

        // the per-host concurrency limit held, and was used
        Assert.Equal(options.PerHostConcurrency, counter.MaxInFlight(site.BaseUri.Authority));

        // no partial file left behind, and v_source has a row for every URL with the same outcome
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(options.StoreDirectory, ".partial")));
        Assert.Equal(healed.Count, Directory.EnumerateFiles(options.StoreDirectory).Count());
        var view = await ReadViewAsync(temp.File("reports.db"));
        Assert.Equal(entries.Count, view.Count);
        foreach (var record in first.Records)
            Assert.Equal((record.Status == SourceStatus.Stored ? "stored" : "failed", record.Reason, (long)record.Attempts, record.Sha256), view[record.Url]);

        // second run: nothing stored is fetched again, what failed is tried again
        var servedBefore = paths.ToDictionary(p => p, site.Hits);
        AcquireSummary second;
        using (var acquirer = new Acquirer(options, ledger))
            second = await acquirer.RunAsync(entries, null, CancellationToken.None);
        Assert.Equal(0, second.Fetched);
        Assert.Equal(healed.Count, second.Skipped);
        foreach (var path in healed.Keys)
            Assert.Equal(servedBefore[path], site.Hits(path));
        // (only the first failed URL is sure to be asked: its retries may open the site's circuit for the rest)
        Assert.True(site.Hits("/cut-always.pdf") > servedBefore["/cut-always.pdf"]);
        Assert.Equal(first.Stored.Select(r => r.Path), second.Stored.Select(r => r.Path));
        Assert.Equal(healed.Count, Directory.EnumerateFiles(options.StoreDirectory).Count());
    }

    private static void AssertFailed(SourceRecord record, string reason, int attempts)
    {
        Assert.Equal(SourceStatus.Failed, record.Status);
        Assert.StartsWith(reason, record.Reason);
        Assert.Equal(attempts, record.Attempts);
        Assert.Null(record.Path);
    }

    private static async Task<Dictionary<string, (string, string?, long, string?)>> ReadViewAsync(string database)
    {
        await using var connection = new SqliteConnection($"Data Source={database}");
        await connection.OpenAsync();
        var command = connection.CreateCommand();
        command.CommandText = "SELECT url, status, reason, attempts, sha256, bytes, fetched_at FROM v_source";
        var rows = new Dictionary<string, (string, string?, long, string?)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows[reader.GetString(0)] = (reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.GetInt64(3), reader.IsDBNull(4) ? null : reader.GetString(4));
            Assert.False(reader.IsDBNull(6));
        }
        return rows;
    }
}
