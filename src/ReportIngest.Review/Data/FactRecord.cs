namespace ReportIngest.Review.Data;

/// <summary>A fact with its provenance: the table cell it was read from and the text as printed.</summary>
internal sealed record FactRecord
{
    public int TableId { get; init; }
    public int Row { get; init; }
    public int Col { get; init; }
    public int? Page { get; init; }
    public int? Line { get; init; }
    public string Classification { get; init; } = "";
    public string Code { get; init; } = "";
    public string ItemName { get; init; } = "";
    public string Measure { get; init; } = "";
    /// <summary>The exact decimal text stored in the database.</summary>
    public string AmountWan { get; init; } = "";
    public string PrintedText { get; init; } = "";
}
