namespace ReportIngest.Review.Model;

/// <summary>A row of a reconstructed table; a dropped row held amounts that gave no fact.</summary>
public sealed record RowView(int Index, bool IsHeader, bool Dropped, IReadOnlyList<CellView> Cells)
{
    public string Classes => IsHeader ? "head" : Dropped ? "dropped" : "";
}
