using System.CommandLine;
using ReportIngest.Cli.Pipeline;
using ReportIngest.Core.Artifacts;
using ReportIngest.Core.Extraction;
using ReportIngest.Core.Facts;
using ReportIngest.Core.Tables;

namespace ReportIngest.Cli.Commands;

/// <summary><c>inspect DOCUMENT [--stage S] [--table N]</c>: shows a stage's artifact; a table as a grid with its header tree, measures and codes.</summary>
internal static class InspectCommand
{
    public static Command Create()
    {
        var document = new Argument<string>("document") { Description = "File path, sha256 prefix or document_id" };
        var stage = new Option<string>("--stage") { Description = "Artifact to show", DefaultValueFactory = _ => Stages.Normalise };
        stage.AcceptOnlyFromAmong([.. Stages.Ordered.SkipLast(1)]);
        var table = new Option<int?>("--table") { Description = "Show one table (0-based index) as a grid" };
        var db = DatabaseOption.Create("SQLite database (artifacts live beside it)");
        var command = new Command("inspect", "Show what a stage produced for a document: tables, header trees, measures, facts, failed checks.");
        command.Arguments.Add(document);
        command.Options.Add(stage);
        command.Options.Add(table);
        command.Options.Add(db);
        command.SetAction((parse, ct) =>
        {
            try
            {
                var database = parse.GetValue(db)!;
                var (sha, _) = DocumentLocator.Find(parse.GetValue(document)!, database);
                var store = PipelineInfo.ArtifactsFor(database);
                var view = new ArtifactView(store, sha, Console.Out);
                var index = parse.GetValue(table);
                switch (parse.GetValue(stage))
                {
                    case Stages.Extract: view.Extracted(ArtifactChain.Extracted(store, sha)); break;
                    case Stages.Reconstruct: view.Tables(ArtifactChain.Reconstructed(store, sha), null, null, index); break;
                    case Stages.Classify:
                        var classified = ArtifactChain.Classified(store, sha);
                        view.Tables(classified.Document, classified, null, index);
                        break;
                    case Stages.Normalise:
                        var normalised = ArtifactChain.Normalised(store, sha);
                        view.Tables(normalised.Classified.Document, normalised.Classified, normalised, index);
                        break;
                    default: view.Checks(ArtifactChain.Validated(store, sha), index); break;
                }
                return Task.FromResult(0);
            }
            catch (Exception e) when (e is ArgumentException or FileNotFoundException)
            {
                Console.Error.WriteLine("inspect: " + e.Message);
                return Task.FromResult(1);
            }
        });
        return command;
    }
}
