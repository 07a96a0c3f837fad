using System.Text.Json;
using ReportIngest.Core.Documents;
using ReportIngest.Core.Extraction;
using ReportIngest.Extract.Pdf;

namespace ReportIngest.Benchmarks;

/// <summary>Writes the extractor's raw per-page grids in the scorers' prediction format.</summary>
internal static class GridsCommand
{
    public static int Run(string[] args)
    {
        var outIndex = Array.IndexOf(args, "--out");
        if (outIndex < 0 || outIndex + 1 >= args.Length)
        {
            Console.Error.WriteLine("grids: --out DIR is required");
            return 2;
        }
        var outDir = args[outIndex + 1];
        Directory.CreateDirectory(outDir);
        var stitch = args.Contains("--stitch");
        var inputs = PdfInputs.Expand(args.Where((a, i) => i != outIndex && i != outIndex + 1 && a != "--stitch"));
        var extractor = new PdfExtractor();
        var failures = 0;
        foreach (var path in inputs)
        {
            var stem = Path.GetFileNameWithoutExtension(path);
            try
            {
                var document = extractor.Extract(PdfInputs.Source(path), CancellationToken.None);
                var tables = stitch
                    ? GridStitcher.Stitch(document.Elements)
                    : document.Elements.OfType<Grid>().Select(ScoredTable.From).ToList();
                Write(Path.Combine(outDir, stem + ".json"), tables);
            }
            catch (DocumentFailure failure)
            {
                Console.Error.WriteLine($"{stem}: {failure.Reason}");
                failures++;
            }
        }
        return failures == 0 ? 0 : 1;
    }

    private static void Write(string path, IEnumerable<ScoredTable> tables)
    {
        using var stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = false, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteStartArray("tables");
        foreach (var table in tables)
        {
            json.WriteStartObject();
            json.WriteNumber("page", table.Pages[0]);
            json.WriteStartArray("pages");
            foreach (var page in table.Pages) json.WriteNumberValue(page);
            json.WriteEndArray();
            json.WriteStartArray("cells");
            foreach (var cell in table.Cells)
            {
                json.WriteStartObject();
                json.WriteNumber("row", cell.Row);
                json.WriteNumber("col", cell.Col);
                json.WriteNumber("rowspan", cell.RowSpan);
                json.WriteNumber("colspan", cell.ColSpan);
                json.WriteString("text", cell.Text);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
