using System.Text.Json.Serialization;

namespace ReportIngest.Classify.Training.Gold;

/// <summary>
/// The parts of a labelled-tables file the classifier's dataset needs: tests/gold/structure/*.gold.json (hand-made
/// structure) and Data/real/*.tables.json (the pipeline's tables of the real reports, labelled from their type gold).
/// </summary>
/// <param name="SourceSeed">The source the document was made from: renderings of one seed (ruled, unruled, scanned) share it.</param>
/// <param name="Region">The county or district that published the report.</param>
public sealed record GoldDocument(
    [property: JsonPropertyName("document")] string Document,
    [property: JsonPropertyName("source_seed")] string SourceSeed,
    [property: JsonPropertyName("phase")] string Phase,
    [property: JsonPropertyName("region")] string Region,
    [property: JsonPropertyName("tables")] IReadOnlyList<GoldTable> Tables);
