using ReportIngest.Core.Text;

namespace ReportIngest.Classify.Training.Real;

/// <summary>Reads a type-gold CSV (header first_page,last_page,title,table_type,unit; fields may be double-quoted).</summary>
public static class TypeGoldReader
{
    public const string Header = "first_page,last_page,title,table_type,unit";

    public static IReadOnlyList<TypeGoldRow> Read(string path)
    {
        using var reader = new StreamReader(path);
        var records = CsvRecords.Read(reader).ToList();
        if (records.Count == 0 || string.Join(",", records[0].Fields).Trim() != Header)
            throw new InvalidDataException($"{path}: the first line must be {Header}");
        return records.Skip(1).Select(record =>
        {
            var f = record.Fields;
            if (f.Count != 5 || !int.TryParse(f[0], out var first) || !int.TryParse(f[1], out var last))
                throw new InvalidDataException($"{path}:{record.Line}: expected {Header}");
            return new TypeGoldRow(first, last, f[2], f[3], f[4]);
        }).ToList();
    }
}
