using System.Reflection;

namespace ReportIngest.Normalise.Reference;

/// <summary>Reads the reference CSVs shipped inside this assembly (code,name,level,parent_code[,…]).</summary>
internal static class CsvCatalogueReader
{
    public static IReadOnlyList<CatalogueEntry> Read(string fileName)
    {
        var assembly = typeof(CsvCatalogueReader).Assembly;
        using var stream = assembly.GetManifestResourceStream("Reference/" + fileName)
            ?? throw new InvalidOperationException($"reference catalogue {fileName} is not embedded");
        using var reader = new StreamReader(stream);
        var entries = new List<CatalogueEntry>();
        reader.ReadLine(); // header
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0) continue;
            var fields = SplitCsv(line);
            entries.Add(new CatalogueEntry(fields[0], fields[1], fields[2], fields.Count > 3 ? fields[3] : ""));
        }
        return entries;
    }

    private static List<string> SplitCsv(string line)
    {
        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var ch = line[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < line.Length && line[i + 1] == '"') { current.Append('"'); i++; }
                else if (ch == '"') quoted = false;
                else current.Append(ch);
            }
            else if (ch == '"') quoted = true;
            else if (ch == ',') { fields.Add(current.ToString()); current.Clear(); }
            else current.Append(ch);
        }
        fields.Add(current.ToString());
        return fields;
    }
}
