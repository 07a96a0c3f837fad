using System.Text.Json.Serialization;

namespace ReportIngest.Classify.ML.Gold;

/// <summary>The parts of a tests/gold/structure/*.gold.json file the classifier's dataset needs.</summary>
/// <param name="SourceSeed">The text seed the document was made from: renderings of one seed (ruled, unruled, scanned) share it.</param>
public sealed record GoldDocument(
    [property: JsonPropertyName("document")] string Document,
    [property: JsonPropertyName("source_seed")] string SourceSeed,
    [property: JsonPropertyName("phase")] string Phase,
    [property: JsonPropertyName("tables")] IReadOnlyList<GoldTable> Tables);
