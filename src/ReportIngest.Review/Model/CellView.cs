namespace ReportIngest.Review.Model;

/// <summary>
/// A cell of a reconstructed table as shown: its text and spans, how to mark it (header, fact, failed check,
/// dropped row, unmapped column) and its provenance for the detail panel.
/// </summary>
public sealed record CellView(string Id, int Row, int Col, string Text, int RowSpan, int ColSpan)
{
    public string Classes { get; init; } = "";
    public string Page { get; init; } = "";
    public string Line { get; init; } = "";
    /// <summary>The column's header path and measure.</summary>
    public string Header { get; init; } = "";
    /// <summary>The facts read from this cell, one per line: code, item, measure, amount in 万元.</summary>
    public string Facts { get; init; } = "";
    /// <summary>Ids of the failed checks that name this cell, space-separated.</summary>
    public string Checks { get; init; } = "";
    /// <summary>Each failed check naming this cell with its expected and found values, one per line.</summary>
    public string Failures { get; init; } = "";
}
