using System.Text.Json.Serialization;

namespace ReportIngest.Classify.Training.Gold;

/// <summary>A table of a gold structure file, with its gold type.</summary>
public sealed record GoldTable(
    [property: JsonPropertyName("index")] int Index,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("unit")] string? Unit,
    [property: JsonPropertyName("pages")] IReadOnlyList<int> Pages,
    [property: JsonPropertyName("header_rows")] int HeaderRows,
    [property: JsonPropertyName("n_rows")] int RowCount,
    [property: JsonPropertyName("n_cols")] int ColCount,
    [property: JsonPropertyName("cells")] IReadOnlyList<GoldCell> Cells);
