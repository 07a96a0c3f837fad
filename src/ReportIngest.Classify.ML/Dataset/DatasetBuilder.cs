using ReportIngest.Classify.ML.Gold;
using ReportIngest.Core.Tables;

namespace ReportIngest.Classify.ML.Dataset;

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

    /// <summary>Real tables from another source; each document is its own cross-validation group unless <paramref name="groupOf"/> says otherwise.</summary>
    public DatasetBuilder Add(IEnumerable<(Table Table, TableContext Context, string Label, string DocumentId)> tables, Func<string, string>? groupOf = null)
    {
        foreach (var (table, context, label, documentId) in tables)
            _real.Add(new LabelledTable(table, context, label, documentId, groupOf?.Invoke(documentId) ?? documentId, TableOrigin.Real));
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
