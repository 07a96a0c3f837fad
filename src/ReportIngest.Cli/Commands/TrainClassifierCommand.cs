using System.CommandLine;
using System.Globalization;
using ReportIngest.Classify.Training;
using ReportIngest.Classify.Training.Dataset;
using ReportIngest.Classify.Training.Evaluation;
using ReportIngest.Classify.Training.Real;

namespace ReportIngest.Cli.Commands;

internal static class TrainClassifierCommand
{
    public const string DefaultRealTables = "src/ReportIngest.Classify.Training/Data/real";

    public static Command Create()
    {
        var output = new Option<string>("--out") { Description = "Folder for table-classifier.zip, .json, .md and .calibration.json", DefaultValueFactory = _ => "models" };
        var seed = new Option<int>("--seed") { Description = "Seed for the synthetic tables and the trainers", DefaultValueFactory = _ => ClassifierTrainerOptions.DefaultSeed };
        var gold = new Option<string>("--gold") { Description = "Folder of *.gold.json structure files (the bundled reports)", DefaultValueFactory = _ => "tests/gold/structure" };
        var real = new Option<string>("--real") { Description = "Folder of *.tables.json labelled real tables (made by classifier-data)", DefaultValueFactory = _ => DefaultRealTables };
        var only = new Option<string[]>("--trainers") { Description = "Compare only these trainers (default: all of " + string.Join(", ", TrainerCatalog.All.Select(t => t.Name)) + ")", AllowMultipleArgumentsPerToken = true };
        var command = new Command("train-classifier",
            "Train the table-type classifier: compare trainers leave-one-region-out and leave-one-document-out, keep the best, calibrate, write models/.");
        command.Options.Add(output);
        command.Options.Add(seed);
        command.Options.Add(gold);
        command.Options.Add(real);
        command.Options.Add(only);
        command.SetAction((parse, ct) =>
        {
            var options = new ClassifierTrainerOptions(parse.GetValue(output)!, parse.GetValue(seed));
            var dataset = new DatasetBuilder(options.Seed)
                .AddGoldFolder(parse.GetValue(gold)!)
                .AddFolder(parse.GetValue(real)!, LabelledTablesWriter.FilePattern)
                .Build();
            var names = parse.GetValue(only) ?? [];
            var trainers = names.Length == 0 ? TrainerCatalog.All : TrainerCatalog.All.Where(t => names.Contains(t.Name)).ToList();
            var report = new ClassifierTrainer(options, trainers).Train(dataset, Console.Error.WriteLine);
            ModelCardMarkdown.Write(ModelCardJson.Read(options.MetadataPath), Path.ChangeExtension(options.MetadataPath, ".md"));
            Print(report);
            return Task.FromResult(0);
        });
        return command;
    }

    private static void Print(TrainerReport report)
    {
        Console.WriteLine($"data {report.DataHash[..16]}  seed {report.Seed}  rows {string.Join(", ", report.RowsByOrigin.Select(r => $"{r.Key} {r.Value}"))}");
        Console.WriteLine($"real tables by region: {string.Join(", ", report.RealTablesByRegion.Select(r => $"{r.Key} {r.Value}"))}");
        Console.WriteLine($"{"classifier",-14} {"scheme",-9} {"acc",6} {"macroF1",8} {"no-title acc",13} {"worst fold",24}");
        foreach (var e in report.Evaluations)
        {
            var worst = e.Folds.OrderBy(f => f.Scores.Accuracy).First();
            var mark = e.Classifier == report.ChosenTrainer ? " *" : "";
            Console.WriteLine($"{e.Classifier,-14} {e.Scheme,-9} {F(e.Overall.Accuracy),6} {F(e.Overall.MacroF1),8} {F(e.TitleMissing.Accuracy),13} "
                + $"{Short(worst.HeldOut) + " " + F(worst.Scores.Accuracy),24}{mark}");
        }
        foreach (var e in report.Evaluations.Where(e => e.Classifier == report.ChosenTrainer))
            PrintMistakes($"chosen {e.Classifier}, {e.Scheme}", e);
        Console.WriteLine($"review threshold {F(report.Calibration.ReviewThreshold)} on calibrated confidence ({report.Calibration.Steps.Count} steps)");
        Console.WriteLine($"wrote {report.Options.ModelPath}, {report.Options.CalibrationPath} and {report.Options.MetadataPath} (+ .md)");
    }

    private static void PrintMistakes(string name, ClassifierEvaluation evaluation) =>
        Console.WriteLine($"{name}: {(evaluation.Mistakes.Count == 0 ? "no mistakes" : string.Join("; ", evaluation.Mistakes))}");

    private static string Short(string group) => group.Length > 14 ? group[..14] : group;

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
