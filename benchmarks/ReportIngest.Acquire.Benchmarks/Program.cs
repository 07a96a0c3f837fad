using System.Diagnostics;
using ReportIngest.Acquire;
using ReportIngest.Acquire.Tests.Support;
using ReportIngest.Core.Sources;
using ReportIngest.Load.Sources;

// Times acquiring N distinct PDF-shaped files from a loopback server at the default options, then the re-run.
// usage: ReportIngest.Acquire.Benchmarks [files=200] [minKB=200] [maxKB=1200] [delayBeforeBodyMs=0]
var files = args.Length > 0 ? int.Parse(args[0]) : 200;
var minKb = args.Length > 1 ? int.Parse(args[1]) : 200;
var maxKb = args.Length > 2 ? int.Parse(args[2]) : 1200;
var delay = TimeSpan.FromMilliseconds(args.Length > 3 ? int.Parse(args[3]) : 0);

var sizes = new Random(7);
var bodies = Enumerable.Range(0, files).Select(i => SampleFiles.Pdf(i, sizes.Next(minKb, maxKb + 1) * 1024)).ToArray();
var total = bodies.Sum(b => (long)b.Length);
await using var server = new LoopbackServer((path, _) =>
    LoopbackResponse.Ok(bodies[int.Parse(path[3..^4])]) with { Delay = delay });

var work = Directory.CreateTempSubdirectory("reportingest-bench-acquire-");
try
{
    var options = AcquireOptions.Default with { StoreDirectory = Path.Combine(work.FullName, "store") };
    using var ledger = SqliteSourceLedger.Open(Path.Combine(work.FullName, "reports.db"));
    var entries = Enumerable.Range(0, files)
        .Select(i => new ManifestEntry(server.Url($"/r/{i}.pdf"), SourceHints.None, i + 2)).ToList();

    Console.WriteLine($"{files} files, {total / 1048576.0:0.0} MB, {delay.TotalMilliseconds:0} ms delay before each body, " +
        $"{options.PerHostConcurrency} per host (default options), {Environment.ProcessorCount} cores");
    foreach (var run in new[] { "first run", "re-run" })
    {
        var counter = new InFlightCounter { InnerHandler = Acquirer.CreateHandler(options) };
        using var client = new HttpClient(counter) { Timeout = Timeout.InfiniteTimeSpan };
        var clock = Stopwatch.StartNew();
        using var acquirer = new Acquirer(options, ledger, client);
        var summary = await acquirer.RunAsync(entries, null, CancellationToken.None);
        clock.Stop();
        Console.WriteLine($"{run}: {clock.Elapsed.TotalSeconds:0.00} s, fetched {summary.Fetched}, skipped {summary.Skipped}, " +
            $"failed {summary.Failed.Count}, {summary.BytesFetched / 1048576.0 / clock.Elapsed.TotalSeconds:0.0} MB/s, " +
            $"{files / clock.Elapsed.TotalSeconds:0.0} files/s, at most {counter.MaxInFlight(server.BaseUri.Authority)} requests at once");
        if (summary.Failed.Count > 0)
            Console.WriteLine("  first failure: " + summary.Failed[0].Reason);
    }
}
finally
{
    work.Delete(recursive: true);
}
