namespace ReportIngest.Core.Facts;

/// <summary>
/// One amount of the report in the canonical schema, with its provenance: the table, row and column of the
/// cell it was read from, the page where known, and the text as printed.
/// </summary>
public sealed record Fact
{
    public required int TableIndex { get; init; }
    public required int Row { get; init; }
    public required int Col { get; init; }
    public int? Page { get; init; }
    public int? Line { get; init; }
    /// <summary>"function", "economic" or "".</summary>
    public required string Classification { get; init; }
    public required string Code { get; init; }
    public required string ItemName { get; init; }
    public required string Measure { get; init; }
    /// <summary>The amount in 万元, exact.</summary>
    public required decimal AmountWan { get; init; }
    /// <summary>The cell text as printed, before cleaning.</summary>
    public required string PrintedText { get; init; }
    /// <summary>The label text of the row as printed.</summary>
    public string PrintedItem { get; init; } = "";
}
