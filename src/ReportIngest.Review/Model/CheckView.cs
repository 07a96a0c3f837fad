namespace ReportIngest.Review.Model;

/// <summary>A failed check: what it compared, the expected and found values, and the cells it names.</summary>
public sealed record CheckView(string Id, string Kind, int Table, string OtherTable, string Description, string Expected, string Found, IReadOnlyList<CellLink> Cells);
