using System.Text;
using ReportIngest.Acquire.Tests.Support;
using ReportIngest.Core.Sources;
using ReportIngest.Tests.Support;

namespace ReportIngest.Acquire.Tests;

/// <summary>
/// What the content check calls broken (tried once, never the host's fault) and what it accepts: issue 13, item 1.
/// </summary>
public sealed class ContentCheckTests
{
    /// <summary>A valid PDF with bytes after its %%EOF, as signing tools and some servers leave them.</summary>
    private static byte[] PdfWithTrailer(int seed) =>
        [.. SampleFiles.Pdf(seed), .. Encoding.ASCII.GetBytes("<!-- signed 2024-03-01 -->\n"), .. new byte[3000]];

    [Fact]
    public async Task Pdfs_with_bytes_after_their_eof_are_stored_and_the_files_after_them_are_fetched()
    {
        var trailing = Enumerable.Range(1, 4).ToDictionary(i => $"/trailing/{i}.pdf", i => PdfWithTrailer(200 + i));
        var good = Enumerable.Range(1, 36).ToDictionary(i => $"/good/{i}.pdf", i => SampleFiles.Pdf(300 + i));
        var bodies = trailing.Concat(good).ToDictionary();

        using var temp = new TempDirectory();
        var (summary, ledger) = await AcquireAsync(temp, bodies.Keys, (path, _) => LoopbackResponse.Ok(bodies[path]));

        Assert.Empty(summary.OpenedCircuits);
        Assert.All(ledger, r => Assert.True(r.Status == SourceStatus.Stored, $"{r.Url}: {r.Reason}"));
        Assert.All(ledger, r => Assert.Equal(1, r.Attempts));
        Assert.Equal(bodies.Count, ledger.Count);
        foreach (var record in ledger)
            Assert.Equal(bodies[new Uri(record.Url).AbsolutePath], await File.ReadAllBytesAsync(record.Path!));
    }

    [Fact]
    public async Task Broken_files_are_tried_once_and_do_not_open_the_host_circuit()
    {
        var broken = new Dictionary<string, LoopbackResponse>
        {
            ["/no-eof/1.pdf"] = LoopbackResponse.Ok(SampleFiles.Pdf(401)[..^7]),
            ["/no-eof/2.pdf"] = LoopbackResponse.Ok(SampleFiles.Pdf(402)[..^7]),
            ["/login/1.pdf"] = LoopbackResponse.Ok(SampleFiles.LoginPage, "text/html; charset=utf-8"),
            ["/login/2.pdf"] = LoopbackResponse.Ok(SampleFiles.LoginPage, "application/pdf"),
            ["/zip/1.pdf"] = LoopbackResponse.Ok([.. "PK\x03\x04"u8, .. new byte[500]]),
            ["/zip/2.pdf"] = LoopbackResponse.Ok([.. "PK\x03\x04"u8, .. new byte[600]]),
        };
        var good = Enumerable.Range(1, 12).ToDictionary(i => $"/good/{i}.pdf", i => LoopbackResponse.Ok(SampleFiles.Pdf(500 + i)));
        var site = broken.Concat(good).ToDictionary();

        using var temp = new TempDirectory();
        var (summary, ledger) = await AcquireAsync(temp, site.Keys, (path, _) => site[path]);

        Assert.Empty(summary.OpenedCircuits);
        var byPath = ledger.ToDictionary(r => new Uri(r.Url).AbsolutePath);
        foreach (var path in broken.Keys)
        {
            Assert.Equal(SourceStatus.Failed, byPath[path].Status);
            Assert.Equal(1, byPath[path].Attempts);
        }
        Assert.StartsWith("PDF incomplete", byPath["/no-eof/1.pdf"].Reason);
        Assert.StartsWith("HTML page instead of the PDF", byPath["/login/2.pdf"].Reason);
        Assert.StartsWith("not a PDF", byPath["/zip/1.pdf"].Reason);
        foreach (var path in good.Keys)
            Assert.True(byPath[path].Status == SourceStatus.Stored, $"{path}: {byPath[path].Reason}");
    }

    [Fact]
    public async Task With_no_retries_a_transient_failure_is_tried_once_and_recorded()
    {
        var bodies = new Dictionary<string, LoopbackResponse>
        {
            ["/busy.pdf"] = LoopbackResponse.Error(503, "Service Unavailable"),
            ["/ok.pdf"] = LoopbackResponse.Ok(SampleFiles.Pdf(601)),
        };

        using var temp = new TempDirectory();
        var (_, ledger) = await AcquireAsync(temp, bodies.Keys, (path, _) => bodies[path], retries: 0);

        var byPath = ledger.ToDictionary(r => new Uri(r.Url).AbsolutePath);
        Assert.Equal(SourceStatus.Failed, byPath["/busy.pdf"].Status);
        Assert.Equal(1, byPath["/busy.pdf"].Attempts);
        Assert.StartsWith("HTTP 503", byPath["/busy.pdf"].Reason);
        Assert.Equal(SourceStatus.Stored, byPath["/ok.pdf"].Status);
    }

    private static async Task<(AcquireSummary Summary, IReadOnlyCollection<SourceRecord> Records)> AcquireAsync(
        TempDirectory temp, IEnumerable<string> paths, Func<string, int, LoopbackResponse> respond, int? retries = null)
    {
        await using var site = new LoopbackServer(respond);
        var options = TestOptions.For(temp.File("store"));
        if (retries is { } n) options = options with { MaxRetries = n };
        var ledger = new MemoryLedger();
        var entries = paths.Select((p, i) => new ManifestEntry(site.Url(p), SourceHints.None, i + 2)).ToList();
        using var acquirer = new Acquirer(options, ledger);
        var summary = await acquirer.RunAsync(entries, null, CancellationToken.None);
        return (summary, ledger.Records);
    }
}
