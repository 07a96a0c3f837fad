using System.CommandLine;
using ReportIngest.Cli.Pipeline;
using ReportIngest.Core.Artifacts;
using ReportIngest.Core.Documents;
using ReportIngest.Core.Extraction;
using ReportIngest.Core.Facts;
using ReportIngest.Core.Tables;
using ReportIngest.Load;

namespace ReportIngest.Cli.Commands;

/// <summary>
/// <c>run STAGE DOCUMENT [--through STAGE]</c>: recomputes one stage for one document from the previous stage's
/// stored artifact, and the stages after it only when asked.
/// </summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var stage = new Argument<string>("stage") { Description = "extract, reconstruct, classify, normalise, validate or load" };
        stage.AcceptOnlyFromAmong([.. Stages.Ordered]);
        var document = new Argument<string>("document") { Description = "File path, sha256 prefix or document_id" };
        var through = new Option<string?>("--through") { Description = "Also run the stages after it, up to and including this one" };
        through.AcceptOnlyFromAmong([.. Stages.Ordered]);
        var db = DatabaseOption.Create("SQLite database");
        var command = new Command("run", "Re-run one stage for one document from the previous stage's artifact (and later stages with --through).");
        command.Arguments.Add(stage);
        command.Arguments.Add(document);
        command.Options.Add(through);
        command.Options.Add(db);
        command.SetAction((parse, ct) =>
        {
            var database = parse.GetValue(db)!;
            var first = Array.IndexOf(Stages.Ordered.ToArray(), parse.GetValue(stage)!);
            var last = parse.GetValue(through) is { } t ? Array.IndexOf(Stages.Ordered.ToArray(), t) : first;
            if (last < first)
            {
                Console.Error.WriteLine("run: --through must name a stage at or after the one to run");
                return Task.FromResult(1);
            }
            try
            {
                var (sha, source) = DocumentLocator.Find(parse.GetValue(document)!, database);
                var store = PipelineInfo.ArtifactsFor(database);
                var pipeline = DocumentPipeline.CreateDefault(store, Classifiers.Default());
                pipeline.Recompute(Stages.Ordered.Skip(first).Take(last - first + 1));
                Run(pipeline, store, sha, source, first, last, database, ct);
                Console.Error.WriteLine($"ran {string.Join(" → ", Stages.Ordered.Skip(first).Take(last - first + 1))} for {sha[..16]}; artifacts in {Path.Combine(store.Root, sha)}");
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

    private static void Run(DocumentPipeline pipeline, ArtifactStore store, string sha, SourceDocument? source, int first, int last, string database, CancellationToken ct)
    {
        var stages = Stages.Ordered;
        object current = first switch
        {
            0 => source ?? throw new ArgumentException("extract needs the file itself: give its path"),
            1 => ArtifactChain.Extracted(store, sha),
            2 => ArtifactChain.Reconstructed(store, sha),
            3 => ArtifactChain.Classified(store, sha),
            4 => ArtifactChain.Normalised(store, sha),
            _ => ArtifactChain.Validated(store, sha),
        };
        for (var i = first; i <= last; i++)
        {
            current = i switch
            {
                0 => pipeline.Extract((SourceDocument)current, ct),
                1 => pipeline.Reconstruct((ExtractedDocument)current),
                2 => pipeline.Classify((ReconstructedDocument)current),
                3 => pipeline.Normalise((ClassifiedDocument)current),
                4 => pipeline.Validate((NormalisedDocument)current),
                _ => LoadInto(database, (ValidatedDocument)current, source),
            };
        }
    }

    private static ValidatedDocument LoadInto(string database, ValidatedDocument validated, SourceDocument? source)
    {
        var document = validated.Normalised.Classified.Document;
        source ??= new SourceDocument("", document.Source, document.Sha256, 0, document.Kind);
        using var connection = Database.Open(database);
        new DocumentLoader(connection, PipelineInfo.Version).Load(source, validated);
        return validated;
    }
}
