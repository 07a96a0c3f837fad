using System.Text.Json.Serialization;

namespace ReportIngest.Classify.Training.Gold;

/// <summary>A cell of tests/gold/structure/*.gold.json.</summary>
public sealed record GoldCell(
    [property: JsonPropertyName("row")] int Row,
    [property: JsonPropertyName("col")] int Col,
    [property: JsonPropertyName("rowspan")] int RowSpan,
    [property: JsonPropertyName("colspan")] int ColSpan,
    [property: JsonPropertyName("text")] string Text);
