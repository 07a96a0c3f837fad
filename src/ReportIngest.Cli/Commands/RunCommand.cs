using System.CommandLine;
using ReportIngest.Core.Documents;
using ReportIngest.Pipeline;
using ReportIngest.Pipeline.Batch;
using ReportIngest.Pipeline.Stages;

namespace ReportIngest.Cli.Commands;

/// <summary>
/// <c>run STAGE DOCUMENT [--through STAGE]</c>: recomputes one stage for one document from the previous stage's
/// stored artifact, and the stages after it only when asked.
/// </summary>
internal static class RunCommand
{
    public static Command Create()
    {
        string[] names = [.. StageList.Default().Select(s => s.Name)];
        var stage = new Argument<string>("stage") { Description = string.Join(", ", names[..^1]) + " or " + names[^1] };
        stage.AcceptOnlyFromAmong(names);
        var document = new Argument<string>("document") { Description = "File path, sha256 prefix or document_id" };
        var through = new Option<string?>("--through") { Description = "Also run the stages after it, up to and including this one" };
        through.AcceptOnlyFromAmong(names);
        var db = DatabaseOption.Create("SQLite database");
        var command = new Command("run", "Re-run one stage for one document from the previous stage's artifact (and later stages with --through).");
        command.Arguments.Add(stage);
        command.Arguments.Add(document);
        command.Options.Add(through);
        command.Options.Add(db);
        command.SetAction((parse, ct) =>
        {
            var database = parse.GetValue(db)!;
            var first = parse.GetValue(stage)!;
            var last = parse.GetValue(through) ?? first;
            if (Array.IndexOf(names, last) < Array.IndexOf(names, first))
            {
                Console.Error.WriteLine("run: --through must name a stage at or after the one to run");
                return Task.FromResult(1);
            }
            try
            {
                var (sha, source) = DocumentLocator.Find(parse.GetValue(document)!, database);
                var pipeline = DocumentPipeline.CreateDefault(PipelineInfo.ArtifactsFor(database), Classifiers.Default(), OcrSetup.Options(ocr: true, Environment.ProcessorCount));
                using var target = DocumentDatabase.OpenWhenNeeded(database);
                pipeline.Rerun(first, last, new DocumentRun(sha)
                {
                    Source = source, Hints = DocumentLocator.HintsOf(sha, database), Database = target, Cancellation = ct,
                });
                var ran = names[Array.IndexOf(names, first)..(Array.IndexOf(names, last) + 1)];
                Console.Error.WriteLine($"ran {string.Join(" → ", ran)} for {sha[..16]}; artifacts in {Path.Combine(pipeline.Artifacts!.Root, sha)}");
                return Task.FromResult(0);
            }
            catch (Exception e) when (e is ArgumentException or FileNotFoundException or DocumentFailure)
            {
                Console.Error.WriteLine("run: " + (e is DocumentFailure f ? $"failed at {f.Stage}: {f.Reason}" : e.Message));
                return Task.FromResult(e is DocumentFailure ? 2 : 1);
            }
        });
        return command;
    }
}
