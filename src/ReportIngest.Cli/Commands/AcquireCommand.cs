using System.CommandLine;
using ReportIngest.Acquire;
using ReportIngest.Pipeline.Batch;
using ReportIngest.Load.Sources;
using Spectre.Console;

namespace ReportIngest.Cli.Commands;

internal static class AcquireCommand
{
    public static Command Create()
    {
        var manifest = new Argument<string>("manifest") { Description = "CSV (url, region, department, fiscal_year, phase) or JSON Lines list of report URLs" };
        var db = DatabaseOption.Create("SQLite database (v_source records each URL)");
        var store = new Option<string>("--store") { Description = "Content-addressed store of the fetched files", DefaultValueFactory = _ => "data/store" };
        var perHost = new Option<int>("--per-host") { Description = "Requests in flight per host", DefaultValueFactory = _ => AcquireOptions.Default.PerHostConcurrency };
        var retries = new Option<int>("--retries") { Description = "Retries of a transient failure", DefaultValueFactory = _ => AcquireOptions.Default.MaxRetries };
        var command = new Command("acquire", "Download the reports a manifest lists into the store; a re-run skips what is stored and retries what failed.");
        command.Arguments.Add(manifest);
        command.Options.Add(db);
        command.Options.Add(store);
        command.Options.Add(perHost);
        command.Options.Add(retries);
        command.SetAction(async (parse, ct) =>
        {
            var options = AcquireOptions.Default with
            {
                StoreDirectory = parse.GetValue(store)!,
                PerHostConcurrency = Math.Max(1, parse.GetValue(perHost)),
                MaxRetries = Math.Max(0, parse.GetValue(retries)),
            };
            return await RunAsync(parse.GetValue(manifest)!, parse.GetValue(db)!, options, ct);
        });
        return command;
    }

    /// <summary>
    /// <c>ingest --manifest</c>: acquires the manifest's URLs, printing progress and what failed on stderr, and returns
    /// the stored files to ingest; null when the manifest cannot be read.
    /// </summary>
    public static async Task<(IReadOnlyList<IngestInput> Files, int Failed)?> AcquireForIngestAsync(string manifestPath, string databasePath, string store, CancellationToken ct)
    {
        try
        {
            var (summary, files) = await ManifestAcquisition.RunAsync(manifestPath, databasePath, store, new AcquireProgressLines(Console.Error), ct);
            AcquireText.WriteSummary(Console.Error, summary);
            return (files, summary.Failed.Count);
        }
        catch (Exception e) when (e is ManifestFormatException or IOException)
        {
            Console.Error.WriteLine($"ingest: {e.Message}");
            return null;
        }
    }

    /// <returns>0 when every URL is stored, 2 when some failed (as ingest), 1 when the manifest cannot be read.</returns>
    private static async Task<int> RunAsync(string manifestPath, string databasePath, AcquireOptions options, CancellationToken ct)
    {
        IReadOnlyList<ManifestEntry> entries;
        try
        {
            entries = ManifestReader.Read(manifestPath);
        }
        catch (Exception e) when (e is ManifestFormatException or IOException)
        {
            Console.Error.WriteLine($"acquire: {e.Message}");
            return ExitCodes.Usage;
        }
        using var ledger = SqliteSourceLedger.Open(databasePath);
        using var acquirer = new Acquirer(options, ledger);
        AcquireSummary summary;
        if (Console.IsErrorRedirected)
        {
            summary = await acquirer.RunAsync(entries, new AcquireProgressLines(Console.Error), ct);
        }
        else
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
            summary = await console.Progress().AutoClear(false).Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn())
                .StartAsync(async context =>
                {
                    var task = context.AddTask("acquire", maxValue: Math.Max(1, entries.Count));
                    return await acquirer.RunAsync(entries, new AcquireProgressBar(task), ct);
                });
        }
        AcquireText.WriteSummary(Console.Out, summary);
        return summary.Failed.Count == 0 ? ExitCodes.Success : ExitCodes.SomeFailed;
    }
}
