using System.Text.Json;
using ReportIngest.Classify.Training.Dataset;
using ReportIngest.Core.Documents;
using ReportIngest.Core.Tables;

namespace ReportIngest.Classify.Training.Gold;

/// <summary>Reads the labelled tables of every labelled-tables file (<see cref="GoldDocument"/>) under a folder.</summary>
public static class GoldStructureReader
{
    public const string FilePattern = "*.gold.json";

    public static IReadOnlyList<LabelledTable> ReadFolder(string folder, string pattern = FilePattern) =>
        Directory.EnumerateFiles(folder, pattern)
            .Order(StringComparer.Ordinal)
            .SelectMany(ReadFile)
            .ToList();

    public static IEnumerable<LabelledTable> ReadFile(string path)
    {
        var document = JsonSerializer.Deserialize<GoldDocument>(File.ReadAllText(path))
            ?? throw new InvalidDataException($"{path}: not a labelled-tables file");
        var count = document.Tables.Count;
        var previousTitle = "";
        foreach (var gold in document.Tables)
        {
            var context = new TableContext(gold.Index, count, ReportPhases.Parse(document.Phase), previousTitle);
            if (gold.Title.Trim().Length > 0)
                previousTitle = gold.Title;
            yield return new LabelledTable(GoldTableConverter.ToTable(gold), context, gold.Type, document.Document, document.SourceSeed,
                TableOrigin.Real, document.Region);
        }
    }
}
