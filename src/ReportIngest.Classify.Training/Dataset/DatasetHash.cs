using System.Security.Cryptography;
using System.Text;
using ReportIngest.Core.Documents;

namespace ReportIngest.Classify.Training.Dataset;

/// <summary>SHA-256 of everything a model is trained from, so a model file can be matched to its data.</summary>
public static class DatasetHash
{
    public static string Of(IEnumerable<LabelledTable> tables, int seed)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string text) => hash.AppendData(Encoding.UTF8.GetBytes(text + "\u001F"));

        Add("seed=" + seed);
        foreach (var t in tables)
        {
            Add($"{t.Origin}|{t.Region}|{t.Group}|{t.DocumentId}|{t.Label}|{t.Table.Title}|{t.Context.Position}/{t.Context.TableCount}/{t.Context.Phase?.Name()}");
            Add($"{t.Table.HeaderRowCount}|{t.Table.RowCount}|{t.Table.ColCount}");
            foreach (var c in t.Table.Cells)
                Add($"{c.Row},{c.Col},{c.RowSpan},{c.ColSpan},{c.Text}");
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
