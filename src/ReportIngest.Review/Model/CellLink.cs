namespace ReportIngest.Review.Model;

/// <summary>A cell a check names, linked to where the cell is shown.</summary>
public sealed record CellLink(string Id, string Label);
