using ReportIngest.Core.Tables;

namespace ReportIngest.Classify.Training.Gold;

/// <summary>Turns a gold table into the Core <see cref="Table"/> the reconstruct stage would produce.</summary>
public static class GoldTableConverter
{
    public static Table ToTable(GoldTable gold)
    {
        var cells = gold.Cells
            .Select(c => new TableCell(c.Row, c.Col, c.Text, Math.Max(1, c.RowSpan), Math.Max(1, c.ColSpan)))
            .ToList();
        return new Table
        {
            Index = gold.Index,
            Title = gold.Title,
            Unit = string.IsNullOrEmpty(gold.Unit) ? null : gold.Unit,
            Pages = gold.Pages,
            HeaderRowCount = gold.HeaderRows,
            RowCount = gold.RowCount,
            ColCount = gold.ColCount,
            Cells = cells,
            Columns = HeaderPaths.Build(cells, gold.HeaderRows, gold.ColCount),
        };
    }
}
