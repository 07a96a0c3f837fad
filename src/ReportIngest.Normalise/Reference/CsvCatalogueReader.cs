using ReportIngest.Core.Text;

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
        return CsvRecords.Read(reader).Skip(1) // the header
            .Select(r => new CatalogueEntry(r.Fields[0], r.Fields[1], r.Fields[2], r.Fields.Count > 3 ? r.Fields[3] : ""))
            .ToList();
    }
}
