using System.Globalization;
using System.Text.Json;
using ReportIngest.Core.Documents;
using ReportIngest.Core.Sources;
using ReportIngest.Core.Text;

namespace ReportIngest.Acquire;

/// <summary>
/// Reads a manifest of report URLs: CSV with a header row (a <c>url</c> column and optional <c>region</c>,
/// <c>department</c>, <c>fiscal_year</c>, <c>phase</c>), or JSON Lines with the same keys.
/// A URL listed twice is kept once, with the hints of its first line.
/// </summary>
public static class ManifestReader
{
    private static readonly string[] JsonLinesExtensions = [".jsonl", ".ndjson"];

    public static IReadOnlyList<ManifestEntry> Read(string path)
    {
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        var jsonLines = JsonLinesExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);
        try
        {
            return Read(reader, jsonLines);
        }
        catch (ManifestFormatException e)
        {
            throw new ManifestFormatException($"{path}: {e.Message}");
        }
    }

    public static IReadOnlyList<ManifestEntry> Read(TextReader reader, bool jsonLines)
    {
        var entries = jsonLines ? ReadJsonLines(reader) : ReadCsv(reader);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            return entries.Where(e => seen.Add(e.Url.AbsoluteUri)).ToList();
        }
        catch (CsvFormatException e)
        {
            throw new ManifestFormatException(e.Message);
        }
    }

    private static IEnumerable<ManifestEntry> ReadCsv(TextReader reader)
    {
        Dictionary<string, int>? columns = null;
        foreach (var (line, fields) in CsvRecords.Read(reader))
        {
            if (columns is null)
            {
                columns = fields.Select((name, i) => (name: name.Trim().TrimStart('\uFEFF').ToLowerInvariant(), i))
                    .GroupBy(c => c.name).ToDictionary(g => g.Key, g => g.First().i);
                if (!columns.ContainsKey("url"))
                    throw new ManifestFormatException($"line {line}: the header has no 'url' column (found: {string.Join(", ", fields)})");
                continue;
            }
            string? Field(string name) =>
                columns.TryGetValue(name, out var i) && i < fields.Count ? fields[i] : null;
            yield return Entry(line, Field("url"), Field("region"), Field("department"), Field("fiscal_year"), Field("phase"));
        }
    }

    private static IEnumerable<ManifestEntry> ReadJsonLines(TextReader reader)
    {
        var number = 0;
        while (reader.ReadLine() is { } text)
        {
            number++;
            if (string.IsNullOrWhiteSpace(text)) continue;
            JsonElement row;
            try
            {
                row = JsonDocument.Parse(text).RootElement;
            }
            catch (JsonException e)
            {
                throw new ManifestFormatException($"line {number}: not a JSON object ({e.Message})");
            }
            if (row.ValueKind != JsonValueKind.Object)
                throw new ManifestFormatException($"line {number}: not a JSON object");
            string? Field(string name) =>
                row.TryGetProperty(name, out var value) && value.ValueKind is not JsonValueKind.Null
                    ? value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText()
                    : null;
            yield return Entry(number, Field("url"), Field("region"), Field("department"), Field("fiscal_year"), Field("phase"));
        }
    }

    private static ManifestEntry Entry(int line, string? url, string? region, string? department, string? year, string? phase)
    {
        url = url?.Trim();
        if (string.IsNullOrEmpty(url))
            throw new ManifestFormatException($"line {line}: no url");
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            throw new ManifestFormatException($"line {line}: '{url}' is not an http(s) URL");
        var hints = new SourceHints(Blank(region), Blank(department), Year(line, year), Phase(line, phase));
        return new ManifestEntry(uri, hints, line);
    }

    private static int? Year(int line, string? text)
    {
        text = Blank(text);
        if (text is null) return null;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1949 and <= 2100)
            return year;
        throw new ManifestFormatException($"line {line}: fiscal_year '{text}' is not a year");
    }

    private static ReportPhase? Phase(int line, string? text) => Blank(text)?.ToLowerInvariant() switch
    {
        null => null,
        ReportPhases.Budget or "预算" => ReportPhase.Budget,
        ReportPhases.Final or "决算" => ReportPhase.Final,
        var other => throw new ManifestFormatException($"line {line}: phase '{other}' is neither 'budget' nor 'final'"),
    };

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
