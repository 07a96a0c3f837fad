using System.CommandLine;
using ReportIngest.Classify.Training.Real;
using ReportIngest.Core.Artifacts;
using ReportIngest.Core.Documents;
using ReportIngest.Core.Tables;
using ReportIngest.Normalise.Metadata;
using ReportIngest.Pipeline;
using ReportIngest.Pipeline.Stages;

namespace ReportIngest.Cli.Commands;

/// <summary>
/// <c>classifier-data FILE... --types DIR --out DIR</c>: the classifier's real training tables. Runs extract and
/// reconstruct on each report, labels each table from tests/gold/real/tables/&lt;stem&gt;.csv (by first page, then
/// title) and writes &lt;stem&gt;.tables.json. Tables on no gold table's pages (目录, prose) are left out and listed.
/// </summary>
internal static class ClassifierDataCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("files") { Description = "PDF reports (or folders of them), e.g. ../shared/real", Arity = ArgumentArity.OneOrMore };
        var types = new Option<string>("--types") { Description = "Folder of <stem>.csv type gold", DefaultValueFactory = _ => "tests/gold/real/tables" };
        var output = new Option<string>("--out") { Description = "Folder for <stem>.tables.json", DefaultValueFactory = _ => TrainClassifierCommand.DefaultRealTables };
        var region = new Option<string>("--region") { Description = "Region the reports come from", DefaultValueFactory = _ => "上海市普陀区" };
        var command = new Command("classifier-data", "Label the pipeline's tables of real reports from their type gold, for train-classifier.");
        command.Arguments.Add(inputs);
        command.Options.Add(types);
        command.Options.Add(output);
        command.Options.Add(region);
        command.SetAction((parse, ct) =>
        {
            var outDir = parse.GetValue(output)!;
            Directory.CreateDirectory(outDir);
            var pipeline = DocumentPipeline.CreateDefault(artifacts: null);
            var exit = EachDocument.Run(SourceFiles.Expand(parse.GetValue(inputs)!).Files, path =>
            {
                var stem = Path.GetFileNameWithoutExtension(path);
                var goldPath = Path.Combine(parse.GetValue(types)!, stem + ".csv");
                if (!File.Exists(goldPath))
                {
                    Console.Error.WriteLine($"{path}: no type gold at {goldPath}; skipped");
                    return;
                }
                var gold = TypeGoldReader.Read(goldPath);
                var source = SourceFiles.Open(path);
                var reconstructed = (ReconstructedDocument)pipeline.Run(source, Stages.Extract, Stages.Reconstruct, DocumentRun.Of(source) with { Cancellation = ct });
                var phase = PhaseDetector.Detect(reconstructed.Text, reconstructed.Tables.Select(t => t.Title))?.Name() ?? "";
                var labelled = reconstructed.Tables.Select(t => (Table: t, Gold: TypeGoldMatcher.Match(t, gold))).ToList();
                foreach (var (table, _) in labelled.Where(x => x.Gold is null))
                    Console.Error.WriteLine($"{stem}: table {table.Index} on page {string.Join("-", table.Pages)} «{table.Title}» is on no gold table's page; left out");
                foreach (var missing in gold.Where(g => labelled.All(x => x.Gold != g)))
                    Console.Error.WriteLine($"{stem}: gold table p{missing.FirstPage} «{missing.Title}» has no reconstructed table");
                var document = LabelledTablesWriter.ToDocument(stem, parse.GetValue(region)!, phase,
                    labelled.Where(x => x.Gold is not null).Select(x => (x.Table, x.Gold!.TableType)).ToList());
                LabelledTablesWriter.Write(document, Path.Combine(outDir, stem + ".tables.json"));
                Console.Error.WriteLine($"{stem}: {document.Tables.Count} labelled tables of {reconstructed.Tables.Count}");
            });
            return Task.FromResult(exit);
        });
        return command;
    }
}
