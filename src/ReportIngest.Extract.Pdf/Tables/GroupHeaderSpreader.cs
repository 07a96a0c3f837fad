using ReportIngest.Core.Text;

namespace ReportIngest.Extract.Pdf.Tables;

/// <summary>
/// Spreads the labels of a sparse header row of an unruled table (group headers such as
/// "收入" / "支出") over the empty columns they are centred on: without rulings a group label
/// sits over the middle of its columns but only touches one or two of them.
/// </summary>
internal static class GroupHeaderSpreader
{
    /// <summary>Longest group label: longer text is a sentence, not a header.</summary>
    private const int MaxLabelLength = 20;

    public static void Spread(List<DetectedCell> cells, List<double> columnBounds)
    {
        var columns = columnBounds.Count - 1;
        var firstBody = cells.Where(c => IsAmount(c.Text)).Select(c => c.Row).DefaultIfEmpty(-1).Min();
        // Group headers stand above at least one row of column headers.
        for (var row = 0; row < firstBody - 1; row++)
        {
            var labels = cells.Where(c => c.Row == row && c.Text.Trim().Length > 0).OrderBy(c => c.Col).ToList();
            if (labels.Count == 0 || 2 * labels.Count > columns || labels.Any(c => c.Text.Length > MaxLabelLength || Text.Script.HasDigit(c.Text))) continue;
            var filled = new bool[columns];
            foreach (var c in cells.Where(c => c.Row == row))
                for (var k = c.Col; k < c.Col + c.ColSpan; k++) filled[k] = true;
            for (var i = 0; i < labels.Count; i++)
            {
                var cell = labels[i];
                // A label already set across several columns keeps them; one straddling a single gap may still spread.
                if (cell.ColSpan > 2) continue;
                var centre = (cell.Box.Left + cell.Box.Right) / 2;
                var leftLimit = i > 0 ? labels[i - 1].Box.Right : columnBounds[0];
                var rightLimit = i + 1 < labels.Count ? labels[i + 1].Box.Left : columnBounds[^1];
                var reach = Math.Min(centre - leftLimit, rightLimit - centre);
                var first = cell.Col;
                while (first > 0 && !filled[first - 1] && MostlyWithin(columnBounds, first - 1, centre - reach, centre + reach)) first--;
                var last = cell.Col + cell.ColSpan - 1;
                while (last + 1 < columns && !filled[last + 1] && MostlyWithin(columnBounds, last + 1, centre - reach, centre + reach)) last++;
                for (var k = first; k <= last; k++) filled[k] = true;
                cell.Col = first;
                cell.ColSpan = last - first + 1;
            }
        }
    }

    /// <summary>Whether at least half of column <paramref name="col"/> lies in [from, to].</summary>
    private static bool MostlyWithin(List<double> bounds, int col, double from, double to)
    {
        var inside = Math.Min(bounds[col + 1], to) - Math.Max(bounds[col], from);
        return inside >= 0.5 * (bounds[col + 1] - bounds[col]);
    }

    /// <summary>A number with decimals or thousands separators, as body amounts are printed: "1,234.50", "0.46".</summary>
    private static bool IsAmount(string text) => CellText.TryReadAmount(text, out var amount) && amount.HasSeparatorOrDecimals;
}
