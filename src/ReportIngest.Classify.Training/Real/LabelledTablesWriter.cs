using System.Text.Encodings.Web;
using System.Text.Json;
using ReportIngest.Classify.Training.Gold;
using ReportIngest.Core.Tables;

namespace ReportIngest.Classify.Training.Real;

/// <summary>
/// Writes the pipeline's tables of one real report, labelled from its type gold, as a labelled-tables file
/// (<see cref="GoldDocument"/>). Keeps the header rows and the first <see cref="BodyRows"/> body rows: all the
/// features read, and a small committed file.
/// </summary>
public static class LabelledTablesWriter
{
    public const string FilePattern = "*.tables.json";
    public const int BodyRows = 40;

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = false,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static GoldDocument ToDocument(string documentId, string region, string phase, IReadOnlyList<(Table Table, string Label)> tables) =>
        new(documentId, documentId, phase, region, tables.Select((t, i) => ToGold(t.Table, t.Label, i)).ToList());

    public static void Write(GoldDocument document, string path) =>
        File.WriteAllText(path, JsonSerializer.Serialize(document, Options).Replace("},{\"index\"", "},\n{\"index\"") + "\n");

    private static GoldTable ToGold(Table table, string label, int index)
    {
        var rows = Math.Min(table.RowCount, table.HeaderRowCount + BodyRows);
        var cells = table.Cells.Where(c => c.Row < rows && c.Text.Trim().Length > 0)
            .OrderBy(c => c.Row).ThenBy(c => c.Col)
            .Select(c => new GoldCell(c.Row, c.Col, Math.Min(c.RowSpan, rows - c.Row), c.ColSpan, c.Text))
            .ToList();
        return new GoldTable(index, table.Title, label, table.Unit, table.Pages, table.HeaderRowCount, rows, table.ColCount, cells);
    }
}
