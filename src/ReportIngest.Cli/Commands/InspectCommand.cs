using System.CommandLine;
using ReportIngest.Cli.Printing;
using ReportIngest.Core.Artifacts;
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
                new ArtifactView(pipeline.Artifacts!, sha, Console.Out).Show(name, pipeline.Rebuild(name, sha), parse.GetValue(table));
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
