using System.CommandLine;
using ReportIngest.Classify.ML;
using ReportIngest.Cli.Printing;
using ReportIngest.Core.Tables;
using ReportIngest.Pipeline;
using ReportIngest.Pipeline.Batch;

namespace ReportIngest.Cli.Commands;

/// <summary><c>ingest FILE|DIR... [--db PATH]</c>: every stage for each document, loaded into SQLite.</summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Report files (PDF or text) or folders of them", Arity = ArgumentArity.ZeroOrMore };
        var db = DatabaseOption.Create("SQLite database to load into");
        var jobs = new Option<int>("--jobs", "-j") { Description = "Documents processed at once, and scanned pages OCRed at once", DefaultValueFactory = _ => Environment.ProcessorCount };
        var noOcr = new Option<bool>("--no-ocr") { Description = "Do not OCR pages without a text layer (a wholly scanned PDF then fails)" };
        var timeout = new Option<int>("--timeout") { Description = "Seconds one document may take before it is abandoned, besides --ocr-page-timeout for each page it OCRs", DefaultValueFactory = _ => 300 };
        var ocrPageTimeout = new Option<int>("--ocr-page-timeout") { Description = "Seconds added to a document's --timeout for each of its pages that has to be OCRed", DefaultValueFactory = _ => 60 };
        var classifier = new Option<string>("--classifier") { Description = "Table classifier: ml (the trained model) or rules", DefaultValueFactory = _ => "ml" };
        classifier.AcceptOnlyFromAmong("ml", "rules");
        var models = new Option<string?>("--models") { Description = "Folder with table-classifier.zip (default: the one shipped with the program)" };
        var manifest = new Option<string?>("--manifest") { Description = "Acquire the URLs of this manifest (CSV or JSON Lines) first, then ingest them" };
        var store = new Option<string>("--store") { Description = "Content-addressed store for --manifest downloads", DefaultValueFactory = _ => "data/store" };
        var lockTimeout = new Option<int>("--lock-timeout") { Description = "Seconds to wait for another program's write lock on the database before a document fails", DefaultValueFactory = _ => 60 };
        var reload = new Option<bool>("--reload") { Description = "Load every document again, even one loaded before from the same file by the same version of every stage" };
        var command = new Command("ingest", "Run every stage for each document and load it into the database (re-running replaces, never duplicates).");
        command.Arguments.Add(inputs);
        command.Options.Add(db);
        command.Options.Add(jobs);
        command.Options.Add(timeout);
        command.Options.Add(ocrPageTimeout);
        command.Options.Add(classifier);
        command.Options.Add(manifest);
        command.Options.Add(store);
        command.Options.Add(models);
        command.Options.Add(lockTimeout);
        command.Options.Add(noOcr);
        command.Options.Add(reload);
        command.SetAction(async (parse, ct) =>
        {
            var missing = (parse.GetValue(inputs) ?? []).Where(p => !File.Exists(p) && !Directory.Exists(p)).ToList();
            if (missing.Count > 0)
            {
                Console.Error.WriteLine($"ingest: no such file or folder: {string.Join(", ", missing)}");
                return 1;
            }
            var listing = SourceFiles.Expand(parse.GetValue(inputs) ?? []);
            var files = listing.Files.Select(f => new IngestInput(f)).ToList();
            if (listing.Skipped.Count > 0)
            {
                Console.Error.WriteLine($"ingest: skipping {listing.Skipped.Count} file(s) that are not reports (PDF or text):");
                foreach (var skipped in listing.Skipped) Console.Error.WriteLine("  " + skipped);
            }
            var acquireFailed = false;
            if (parse.GetValue(manifest) is { } manifestPath)
            {
                var acquired = await AcquireCommand.AcquireForIngestAsync(manifestPath, parse.GetValue(db)!, parse.GetValue(store)!, ct);
                if (acquired is null) return 1;
                files.AddRange(acquired.Value.Files);
                acquireFailed = acquired.Value.Failed > 0;
            }
            if (files.Count == 0)
            {
                Console.Error.WriteLine("ingest: no input files (give files or folders, e.g. 'reportingest ingest corpus')");
                return 1;
            }
            ITableClassifier tableClassifier;
            try
            {
                tableClassifier = Classifiers.Create(parse.GetValue(classifier)!, parse.GetValue(models));
            }
            catch (ClassifierModelMissingException e)
            {
                Console.Error.WriteLine("ingest: " + e.Message);
                return 1;
            }
            var exit = await RunAsync(files, parse.GetValue(db)!, parse.GetValue(jobs), parse.GetValue(timeout), ct, tableClassifier,
                TimeSpan.FromSeconds(Math.Max(0, parse.GetValue(lockTimeout))), !parse.GetValue(noOcr), TimeSpan.FromSeconds(Math.Max(0, parse.GetValue(ocrPageTimeout))),
                parse.GetValue(reload));
            Console.Error.WriteLine("Review:    " + ReviewCommand.Hint(parse.GetValue(inputs) ?? [], parse.GetValue(db)!));
            return exit == ExitCodes.Success && acquireFailed ? ExitCodes.SomeFailed : exit;
        });
        return command;
    }

    /// <returns>0 when every document loaded, 2 when some failed, 130 when interrupted (Ctrl-C).</returns>
    private static async Task<int> RunAsync(IReadOnlyList<IngestInput> files, string database, int jobs, int timeoutSeconds,
        CancellationToken ct, ITableClassifier classifier, TimeSpan lockTimeout, bool ocr, TimeSpan ocrPageTimeout, bool reload)
    {
        var options = BatchOptions.For(database) with
        {
            Parallelism = Math.Max(1, jobs),
            DocumentTimeout = TimeSpan.FromSeconds(Math.Max(1, timeoutSeconds)),
            OcrPageTimeout = ocrPageTimeout,
            BusyTimeout = lockTimeout,
            Reload = reload,
            Pdf = OcrSetup.Options(ocr, jobs, new OcrProgressLines(Console.Error)),
        };
        var runner = BatchRunner.Create(options, classifier);
        var start = ResourceUse.Now();
        var outcomes = await runner.RunAsync(files, new ProgressReporter(files.Count), ct);
        BatchSummary.Print(outcomes, database, Console.Error, runner.Pipeline.StageTimes, ResourceUse.Now().Since(start));
        if (ct.IsCancellationRequested) return ExitCodes.Interrupted;
        return outcomes.All(o => o.Loaded) ? ExitCodes.Success : ExitCodes.SomeFailed;
    }
}
