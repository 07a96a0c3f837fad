using ReportIngest.Core.Extraction;
using ReportIngest.Core.Text;

namespace ReportIngest.Reconstruct;

/// <summary>
/// The last line or two of a table pushed onto the next page on their own (合计 156,211,123 …): ruled as a little
/// grid of their own, with fewer columns than the table. They belong to the table before, each cell in the column
/// its box lies under.
/// </summary>
internal static class StrayTail
{
    private const int MaxRows = 2;

    public static List<DraftRow>? TryAlign(TableDraft table, List<DraftRow> rows)
    {
        if (rows.Count > MaxRows || !rows.All(IsTotalLine)) return null;
        var columns = ColumnSpans(table);
        if (columns is null) return null;
        var aligned = new List<DraftRow>();
        foreach (var row in rows)
        {
            var cells = new List<GridCell>();
            foreach (var cell in row.Cells.Where(c => c.Text.Trim().Length > 0))
            {
                if (cell.Box is null) return null;
                var col = BestColumn(columns, cell.Box.Left, cell.Box.Right);
                if (col < 0 || cells.Any(c => c.Col == col)) return null;
                cells.Add(cell with { Col = col, ColSpan = 1, RowSpan = 1 });
            }
            aligned.Add(row with { Cells = cells.OrderBy(c => c.Col).ToList() });
        }
        return aligned;
    }

    // A total line: a 合计 / 总计 label first, then figures (or a dash for no amount) only.
    private static bool IsTotalLine(DraftRow row)
    {
        var texts = row.Cells.OrderBy(c => c.Col).Select(c => LabelText.Squash(c.Text)).Where(t => t.Length > 0).ToList();
        return texts.Count >= 2 && (texts[0].EndsWith("合计", StringComparison.Ordinal) || texts[0].EndsWith("总计", StringComparison.Ordinal))
               && texts.Skip(1).All(t => CellText.IsFigures(t) || t.All(ch => ch is '-' or '.' or ','));
    }

    // Each column's horizontal extent, from the single-column cells of the table's body.
    private static (double Left, double Right)[]? ColumnSpans(TableDraft table)
    {
        var width = table.Width;
        var spans = new (double Left, double Right)[width];
        for (var c = 0; c < width; c++) spans[c] = (double.MaxValue, double.MinValue);
        foreach (var cell in table.Rows.SelectMany(r => r.Cells).Where(c => c.ColSpan == 1 && c.Box is not null))
            spans[cell.Col] = (Math.Min(spans[cell.Col].Left, cell.Box!.Left), Math.Max(spans[cell.Col].Right, cell.Box.Right));
        return spans.All(s => s.Left < s.Right) ? spans : null;
    }

    private static int BestColumn((double Left, double Right)[] columns, double left, double right)
    {
        var best = -1;
        var bestOverlap = 0.0;
        for (var c = 0; c < columns.Length; c++)
        {
            var overlap = Math.Min(right, columns[c].Right) - Math.Max(left, columns[c].Left);
            if (overlap > bestOverlap) (best, bestOverlap) = (c, overlap);
        }
        return best;
    }
}
