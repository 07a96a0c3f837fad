using ReportIngest.Acquire.Tests.Support;
using ReportIngest.Core.Sources;
using ReportIngest.Tests.Support;

namespace ReportIngest.Acquire.Tests;

/// <summary>Runs that stop half-way (cancelled, or killed and leaving partial files) resume without duplicates.</summary>
public sealed class ResumeTests
{
    [Fact]
    public async Task A_run_stopped_half_way_leaves_no_partial_file_and_the_next_run_fetches_only_the_rest()
    {
        using var temp = new TempDirectory();
        var healthy = false;
        await using var site = new LoopbackServer((path, _) =>
        {
            var index = int.Parse(path[3..^4]);
            var body = SampleFiles.Pdf(index, size: 50_000);
            // until the "restart" the second half of the files trickles: headers, then nothing
            return healthy || index < 5 ? LoopbackResponse.Ok(body) : LoopbackResponse.Ok(body) with { Stall = true };
        });
        var options = TestOptions.For(temp.File("store")) with { PerHostConcurrency = 2, AttemptTimeout = TimeSpan.FromSeconds(30) };
        var ledger = new MemoryLedger();
        var entries = Enumerable.Range(0, 10).Select(i => new ManifestEntry(site.Url($"/r/{i}.pdf"), SourceHints.None, i + 2)).ToList();

        using var stop = new CancellationTokenSource();
        var progress = new ProgressLog(p => { if (p.Stored == 5) stop.CancelAfter(TimeSpan.FromMilliseconds(200)); });
        using (var acquirer = new Acquirer(options, ledger))
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => acquirer.RunAsync(entries, progress, stop.Token));

        Assert.Equal(5, ledger.Records.Count(r => r.Status == SourceStatus.Stored));
        Assert.Empty(Directory.EnumerateFiles(temp.File("store/.partial")));
        Assert.Equal(5, Directory.EnumerateFiles(temp.File("store")).Count());

        healthy = true;
        var hitsBefore = Enumerable.Range(0, 5).Select(i => site.Hits($"/r/{i}.pdf")).ToList();
        AcquireSummary second;
        using (var acquirer = new Acquirer(options, ledger))
            second = await acquirer.RunAsync(entries, null, CancellationToken.None);

        Assert.Equal((5, 5, 0), (second.Fetched, second.Skipped, second.Failed.Count));
        Assert.Equal(hitsBefore, Enumerable.Range(0, 5).Select(i => site.Hits($"/r/{i}.pdf")));
        Assert.Equal(10, Directory.EnumerateFiles(temp.File("store")).Count());
        Assert.Equal(10, ledger.Records.Count);
    }

    [Fact]
    public async Task Partial_files_of_a_killed_run_are_removed_and_those_of_a_running_one_kept()
    {
        using var temp = new TempDirectory();
        var store = new ContentStore(temp.File("store"));
        var killed = Path.Combine(store.Root, ".partial", "2147483000-0123456789abcdef.part"); // no such process
        var running = Path.Combine(store.Root, ".partial", $"{Environment.ProcessId}-fedcba9876543210.part");
        File.WriteAllText(killed, "%PDF-1.7 half");
        File.WriteAllText(running, "%PDF-1.7 half");
        await using var site = new LoopbackServer((_, _) => LoopbackResponse.Ok(SampleFiles.Pdf(1)));

        using (var acquirer = new Acquirer(TestOptions.For(store.Root), new MemoryLedger()))
            await acquirer.RunAsync([new ManifestEntry(site.Url("/a.pdf"), SourceHints.None, 2)], null, CancellationToken.None);

        Assert.False(File.Exists(killed));
        Assert.True(File.Exists(running));
        Assert.Single(Directory.EnumerateFiles(store.Root));
    }

    [Fact]
    public async Task The_same_bytes_under_two_urls_or_already_in_the_store_are_kept_once()
    {
        using var temp = new TempDirectory();
        var body = SampleFiles.Pdf(7);
        await using var site = new LoopbackServer((_, _) => LoopbackResponse.Ok(body));
        var options = TestOptions.For(temp.File("store"));
        // as if a run was killed after storing the file but before recording it
        var store = new ContentStore(options.StoreDirectory);
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(body));
        File.WriteAllBytes(store.PathOf(sha, ".pdf"), body);
        var progress = new ProgressLog();

        AcquireSummary summary;
        using (var acquirer = new Acquirer(options, new MemoryLedger()))
            summary = await acquirer.RunAsync(
                [new ManifestEntry(site.Url("/a.pdf"), SourceHints.None, 2), new ManifestEntry(site.Url("/copy/a.pdf"), SourceHints.None, 3)],
                progress, CancellationToken.None);

        Assert.Equal(2, summary.Stored.Count);
        Assert.Single(summary.Stored.Select(r => r.Path).Distinct());
        Assert.Single(Directory.EnumerateFiles(store.Root));
        Assert.Equal(2, progress.Reports.Max(p => p.Completed));
        Assert.Equal(2L * body.Length, progress.Reports.Max(p => p.Bytes));
    }

    [Fact]
    public async Task A_stored_url_whose_file_was_deleted_is_fetched_again()
    {
        using var temp = new TempDirectory();
        await using var site = new LoopbackServer((_, _) => LoopbackResponse.Ok(SampleFiles.Pdf(3)));
        var options = TestOptions.For(temp.File("store"));
        var ledger = new MemoryLedger();
        ManifestEntry[] entries = [new(site.Url("/a.pdf"), SourceHints.None, 2)];
        using (var acquirer = new Acquirer(options, ledger))
            File.Delete((await acquirer.RunAsync(entries, null, CancellationToken.None)).Stored[0].Path!);

        AcquireSummary again;
        using (var acquirer = new Acquirer(options, ledger))
            again = await acquirer.RunAsync(entries, null, CancellationToken.None);

        Assert.Equal((1, 0), (again.Fetched, again.Skipped));
        Assert.True(File.Exists(again.Stored[0].Path));
        Assert.Equal(2, site.Hits("/a.pdf"));
    }
}
