using ReportIngest.Core.Extraction;

namespace ReportIngest.Benchmarks;

/// <summary>A table as written for the scorers: its cells and the pages it covers.</summary>
internal sealed record ScoredTable(List<int> Pages, List<GridCell> Cells)
{
    public static ScoredTable From(Grid grid) => new([grid.Page ?? 0], grid.Cells.ToList());

    public int RowCount => Cells.Count == 0 ? 0 : Cells.Max(c => c.Row + c.RowSpan);
    public int ColCount => Cells.Count == 0 ? 0 : Cells.Max(c => c.Col + c.ColSpan);
}
