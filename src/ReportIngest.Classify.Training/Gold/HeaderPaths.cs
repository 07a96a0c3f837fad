using ReportIngest.Core.Tables;

namespace ReportIngest.Classify.Training.Gold;

/// <summary>Each column's header path: the labels of the header cells covering it, top row first, a spanning label once.</summary>
public static class HeaderPaths
{
    public static IReadOnlyList<ColumnHeader> Build(IReadOnlyList<TableCell> cells, int headerRows, int colCount)
    {
        var columns = new List<ColumnHeader>(colCount);
        for (var col = 0; col < colCount; col++)
        {
            var path = new List<string>();
            for (var row = 0; row < headerRows; row++)
            {
                var cell = cells.FirstOrDefault(c => c.Row <= row && row < c.Row + c.RowSpan && c.Col <= col && col < c.Col + c.ColSpan);
                var text = cell?.Text.Trim() ?? "";
                if (text.Length > 0 && (path.Count == 0 || path[^1] != text))
                    path.Add(text);
            }
            columns.Add(new ColumnHeader(col, path));
        }
        return columns;
    }
}
