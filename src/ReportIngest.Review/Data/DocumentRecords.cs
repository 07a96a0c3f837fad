namespace ReportIngest.Review.Data;

/// <summary>Everything the database holds about one loaded document.</summary>
internal sealed record DocumentRecords(
    DocumentRecord Document,
    IReadOnlyList<TableRecord> Tables,
    IReadOnlyList<FactRecord> Facts,
    IReadOnlyList<CheckRecord> Checks);
