namespace ReportIngest.Classify.Training.Real;

/// <summary>Reads a type-gold CSV (header first_page,last_page,title,table_type,unit; fields may be double-quoted).</summary>
public static class TypeGoldReader
{
    public const string Header = "first_page,last_page,title,table_type,unit";

    public static IReadOnlyList<TypeGoldRow> Read(string path)
    {
        var lines = File.ReadAllLines(path).Where(l => l.Length > 0).ToList();
        if (lines.Count == 0 || lines[0].Trim() != Header)
            throw new InvalidDataException($"{path}: the first line must be {Header}");
        return lines.Skip(1).Select((line, i) =>
        {
            var f = Fields(line);
            if (f.Count != 5 || !int.TryParse(f[0], out var first) || !int.TryParse(f[1], out var last))
                throw new InvalidDataException($"{path}:{i + 2}: expected {Header}");
            return new TypeGoldRow(first, last, f[2], f[3], f[4]);
        }).ToList();
    }

    private static List<string> Fields(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var ch = line[i];
            if (quoted && ch == '"' && i + 1 < line.Length && line[i + 1] == '"') { field.Append('"'); i++; }
            else if (ch == '"') quoted = !quoted;
            else if (ch == ',' && !quoted) { fields.Add(field.ToString()); field.Clear(); }
            else field.Append(ch);
        }
        fields.Add(field.ToString());
        return fields;
    }
}
