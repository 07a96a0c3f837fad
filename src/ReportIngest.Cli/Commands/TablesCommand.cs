using System.CommandLine;
using System.Text.Json;
using ReportIngest.Cli.Printing;
using ReportIngest.Core.Tables;
using ReportIngest.Pipeline;
using ReportIngest.Pipeline.Stages;
using ReportIngest.Core.Artifacts;
using ReportIngest.Core.Documents;

namespace ReportIngest.Cli.Commands;

/// <summary><c>tables FILE... --out DIR</c>: the reconstructed tables of each input as JSON (also the ICDAR 2013 prediction format).</summary>
internal static class TablesCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("files") { Description = "PDF or text reports (or folders of them)", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out") { Description = "Folder for one <file stem>.json per input", Required = true };
        var command = new Command("tables", "Extract and reconstruct the tables of each report and write them as JSON.");
        command.Arguments.Add(inputs);
        command.Options.Add(output);
        command.SetAction((parse, ct) =>
        {
            var outDir = parse.GetValue(output)!;
            Directory.CreateDirectory(outDir);
            var pipeline = DocumentPipeline.CreateDefault(artifacts: null, pdf: OcrSetup.Options(ocr: true, Environment.ProcessorCount));
            var exit = EachDocument.Run(SourceFiles.Expand(parse.GetValue(inputs)!).Files, path =>
            {
                var source = SourceFiles.Open(path);
                var classified = (ClassifiedDocument)pipeline.Run(source, pipeline.Stages[0].Name, Stages.Classify, DocumentRun.Of(source) with { Cancellation = ct });
                var json = TablesJson.From(classified);
                File.WriteAllText(Path.Combine(outDir, Path.GetFileNameWithoutExtension(path) + ".json"),
                    JsonSerializer.Serialize(json, ArtifactJson.Options));
                Console.Error.WriteLine($"{path}: {json.Tables.Count} tables");
            });
            return Task.FromResult(exit);
        });
        return command;
    }
}
