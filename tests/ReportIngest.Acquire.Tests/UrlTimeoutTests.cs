using ReportIngest.Acquire.Tests.Support;
using ReportIngest.Core.Sources;
using ReportIngest.Tests.Support;

namespace ReportIngest.Acquire.Tests;

public sealed class UrlTimeoutTests
{
    [Fact]
    public async Task A_url_that_keeps_asking_to_wait_is_given_up_at_the_per_url_limit()
    {
        using var temp = new TempDirectory();
        await using var site = new LoopbackServer((_, _) =>
            LoopbackResponse.Error(503, "Service Unavailable") with { Headers = [("Retry-After", "1")] });
        var options = TestOptions.For(temp.File("store")) with { UrlTimeout = TimeSpan.FromSeconds(1.5), MaxRetries = 10 };

        var started = DateTimeOffset.UtcNow;
        AcquireSummary summary;
        using (var acquirer = new Acquirer(options, new MemoryLedger()))
            summary = await acquirer.RunAsync([new ManifestEntry(site.Url("/busy.pdf"), SourceHints.None, 2)], null, CancellationToken.None);

        var record = Assert.Single(summary.Failed);
        // The last try is a 503, or on a loaded machine the try the limit cut short.
        Assert.StartsWith("gave up: no success within the per-URL limit of 1.5 s (last try: ", record.Reason);
        Assert.InRange(record.Attempts, 1, 2); // Retry-After: 1 leaves room for one retry within 1.5 s (none on a slow cold start)
        Assert.InRange(DateTimeOffset.UtcNow - started, TimeSpan.FromSeconds(1.4), TimeSpan.FromSeconds(5));
    }
}
