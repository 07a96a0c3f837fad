#:project ../src/ReportIngest.Classify.Training/ReportIngest.Classify.Training.csproj
#:property PublishAot=false
// Prediction time per table of the table classifier (model in models/, rules), over every gold table and every
// labelled table of the real reports.
// usage: scripts/bench-classifier [ROUNDS=200]   (run from anywhere; paths are relative to the repo root)
using System.Diagnostics;
using ReportIngest.Classify;
using ReportIngest.Classify.ML;
using ReportIngest.Classify.Training.Gold;
using ReportIngest.Core.Tables;

var rounds = args.Length > 0 ? int.Parse(args[0]) : 200;
var tables = GoldStructureReader.ReadFolder("tests/gold/structure")
    .Concat(GoldStructureReader.ReadFolder("src/ReportIngest.Classify.Training/Data/real", "*.tables.json"))
    .ToList();

var load = Stopwatch.StartNew();
using var ml = MlTableClassifier.FromModelsFolder("models");
ml.Classify(tables[0].Table, tables[0].Context);
Console.WriteLine($"model load + first prediction: {load.Elapsed.TotalMilliseconds:0} ms");

Measure(ml, tables, rounds);
Measure(new RuleTableClassifier(), tables, rounds);

var parallel = Stopwatch.StartNew();
var count = Enumerable.Range(0, rounds).AsParallel().WithDegreeOfParallelism(Environment.ProcessorCount)
    .Sum(_ => tables.Count(t => ml.Classify(t.Table, t.Context).Type.Length > 0));
Console.WriteLine($"ml, {Environment.ProcessorCount} threads: {parallel.Elapsed.TotalMicroseconds / count:0.0} µs per table (throughput)");

static void Measure(ITableClassifier classifier, IReadOnlyList<ReportIngest.Classify.Training.Dataset.LabelledTable> tables, int rounds)
{
    foreach (var t in tables)
        classifier.Classify(t.Table, t.Context);
    var watch = Stopwatch.StartNew();
    for (var r = 0; r < rounds; r++)
    {
        foreach (var t in tables)
            classifier.Classify(t.Table, t.Context);
    }
    var perTable = watch.Elapsed.TotalMicroseconds / (rounds * tables.Count);
    Console.WriteLine($"{classifier.Name}, 1 thread: {perTable:0.0} µs per table ({tables.Count} tables × {rounds} rounds)");
}
