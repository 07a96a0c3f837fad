using ReportIngest.Classify.Training.Gold;
using ReportIngest.Core.Tables;

namespace ReportIngest.Classify.Training.Dataset;

/// <summary>
/// Assembles the training data: real labelled tables from any source (gold files, the pipeline's reconstructions),
/// their variants, and the synthetic tables. The same inputs and seed always give the same dataset and hash.
/// </summary>
public sealed class DatasetBuilder(int seed)
{
    private readonly List<LabelledTable> _real = [];

    public DatasetBuilder AddGoldFolder(string folder)
    {
        _real.AddRange(GoldStructureReader.ReadFolder(folder));
        return this;
    }

    /// <summary>Labelled real tables from another folder of labelled-tables files (Data/real/*.tables.json).</summary>
    public DatasetBuilder AddFolder(string folder, string pattern)
    {
        _real.AddRange(GoldStructureReader.ReadFolder(folder, pattern));
        return this;
    }

    public DatasetBuilder Add(IEnumerable<LabelledTable> tables)
    {
        _real.AddRange(tables);
        return this;
    }

    public TrainingDataset Build()
    {
        var unknown = _real.Select(t => t.Label).Where(l => !TableTypes.All.Contains(l)).Distinct().ToList();
        if (unknown.Count > 0)
            throw new InvalidDataException("labels not in SCHEMA.md: " + string.Join(", ", unknown));

        var tables = new List<LabelledTable>(_real);
        tables.AddRange(_real.SelectMany(DocumentVariantGenerator.Generate));
        tables.AddRange(new SyntheticTableGenerator(SyntheticSource.Embedded, seed).Generate());
        return new TrainingDataset(tables, DatasetHash.Of(tables, seed));
    }
}
