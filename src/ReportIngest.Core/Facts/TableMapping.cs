namespace ReportIngest.Core.Facts;

/// <summary>How normalisation read one table: the measure of each column and what it could not map.</summary>
public sealed record TableMapping(
    int TableIndex,
    string Type,
    double TypeConfidence,
    IReadOnlyList<string?> ColumnMeasures,
    IReadOnlyList<string> Unmapped,
    string? Unit,
    decimal UnitFactor);
