using System.CommandLine;
using ReportIngest.Cli.Printing;
using ReportIngest.Core.Artifacts;
using ReportIngest.Core.Tables;
using ReportIngest.Pipeline;

namespace ReportIngest.Cli.Commands;

/// <summary><c>inspect DOCUMENT [--stage S] [--table N]</c>: shows a stage's artifact; a table as a grid with its header tree, measures and codes.</summary>
internal static class InspectCommand
{
    public static Command Create()
    {
        var document = new Argument<string>("document") { Description = "File path, sha256 prefix or document_id" };
        var stage = new Option<string>("--stage") { Description = "Artifact to show", DefaultValueFactory = _ => Stages.Normalise };
        stage.AcceptOnlyFromAmong([.. StageList.Default().Where(s => s.SavesArtifact).Select(s => s.Name)]);
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
                var pipeline = DocumentPipeline.CreateDefault(PipelineInfo.ArtifactsFor(database));
                var name = parse.GetValue(stage)!;
                var store = pipeline.Artifacts!;
                if (DocumentLocator.StatusOf(sha, database) is { Status: "failed" } failed && !File.Exists(store.PathOf(sha, name)))
                {
                    Console.Out.WriteLine($"{failed.Source} ({sha[..16]}) failed at {failed.Stage}: {failed.Reason}");
                    Console.Out.WriteLine($"there is no {name} artifact: the document did not get that far");
                    return Task.FromResult(ExitCodes.Success);
                }
                var index = parse.GetValue(table);
                if (index is { } n && File.Exists(store.PathOf(sha, Stages.Reconstruct))
                    && pipeline.Rebuild(Stages.Reconstruct, sha) is ReconstructedDocument { Tables.Count: var tables } && (n < 0 || n >= tables))
                {
                    Console.Error.WriteLine($"inspect: no table {n}: the document has {tables} table{(tables == 1 ? "" : "s")} (0 to {tables - 1})");
                    return Task.FromResult(ExitCodes.Usage);
                }
                new ArtifactView(store, sha, Console.Out).Show(name, pipeline.Rebuild(name, sha), index);
                return Task.FromResult(0);
            }
            catch (Exception e) when (e is ArgumentException or FileNotFoundException)
            {
                Console.Error.WriteLine("inspect: " + e.Message);
                return Task.FromResult(ExitCodes.Usage);
            }
        });
        return command;
    }
}
