using System.CommandLine;
using System.Globalization;
using ReportIngest.Classify.ML.Evaluation;
using ReportIngest.Classify.ML.Training;

namespace ReportIngest.Cli.Commands;

internal static class TrainClassifierCommand
{
    public static Command Create()
    {
        var output = new Option<string>("--out") { Description = "Folder for table-classifier.zip and .json", DefaultValueFactory = _ => "models" };
        var seed = new Option<int>("--seed") { Description = "Seed for the synthetic tables and the trainers", DefaultValueFactory = _ => ClassifierTrainerOptions.DefaultSeed };
        var gold = new Option<string>("--gold") { Description = "Folder of *.gold.json structure files", DefaultValueFactory = _ => "tests/gold/structure" };
        var command = new Command("train-classifier", "Train the table-type classifier, compare trainers leave-one-document-out, write the model.");
        command.Options.Add(output);
        command.Options.Add(seed);
        command.Options.Add(gold);
        command.SetAction((parse, ct) =>
        {
            var trainer = new ClassifierTrainer(new ClassifierTrainerOptions(parse.GetValue(output)!, parse.GetValue(seed)));
            var dataset = new Classify.ML.Dataset.DatasetBuilder(parse.GetValue(seed)).AddGoldFolder(parse.GetValue(gold)!).Build();
            Print(trainer.Train(dataset, Console.Error.WriteLine));
            return Task.FromResult(0);
        });
        return command;
    }

    private static void Print(TrainerReport report)
    {
        Console.WriteLine($"data {report.DataHash[..16]}  seed {report.Seed}  rows {string.Join(", ", report.RowsByOrigin.Select(r => $"{r.Key} {r.Value}"))}");
        Console.WriteLine($"leave-one-document-out over {string.Join(", ", report.Folds)} (real tables scored)");
        Console.WriteLine($"{"classifier",-14} {"acc",6} {"macroF1",8} {string.Join(" ", report.Folds.Select(f => $"{Short(f),10}"))} {"no-title F1",12}");
        foreach (var e in report.Trainers.Append(report.RuleBaseline))
        {
            var folds = string.Join(" ", e.Folds.Select(f => $"{F(f.Scores.MacroF1),10}"));
            var mark = e.Classifier == report.ChosenTrainer ? " *" : "";
            Console.WriteLine($"{e.Classifier,-14} {F(e.Overall.Accuracy),6} {F(e.Overall.MacroF1),8} {folds} {F(e.TitleMissing.MacroF1),12}{mark}");
        }
        PrintErrors("chosen " + report.ChosenTrainer, report.Chosen);
        PrintErrors("rules", report.RuleBaseline);
        Console.WriteLine($"wrote {report.ModelPath} and {report.MetadataPath}");
    }

    private static void PrintErrors(string name, ClassifierEvaluation evaluation)
    {
        var errors = evaluation.Confusion.Errors();
        Console.WriteLine($"{name}: {(errors.Count == 0 ? "no confusions" : string.Join("; ", errors))}");
    }

    private static string Short(string group) => group.Length > 10 ? group[..10] : group;

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
