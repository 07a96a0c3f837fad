namespace ReportIngest.Reconstruct;

/// <summary>
/// Resolves the header rows of a table into a label path per column and header cell spans. A column's label in a
/// header row is the nearest label at or left of it that is not left of its parent's label in the row above, so a
/// group label (当年财政拨款安排) covers the columns under it up to the next label of its own row. Column-number
/// rows (栏次 1 2 3) are ignored.
/// PDF grids carry header spans from geometry (kept on their cells), but their paths are inferred here too: on every
/// table of the eleven real reports the two agree, while on corpus/000.pdf the spans of the 三公 and 国有资本经营 final
/// tables (form and stream grids) leave out the 预算数 / 决算数 and 本年支出 group labels the measures need, and on the
/// 绩效 forms of 001.pdf they put a lower row's label over columns it does not head.
/// </summary>
public static class HeaderTree
{
    public static IReadOnlyList<string[]> Paths(IReadOnlyList<string[]> headerRows, int width)
    {
        var rows = headerRows.Where(r => !RowShapes.IsColumnNumbering(r)).Select(r => Pad(r, width)).ToList();
        SnapGroupLabels(rows);
        var paths = new List<string[]>(width);
        for (var c = 0; c < width; c++)
        {
            var path = new List<string>();
            var bound = 0;
            foreach (var row in rows)
            {
                var at = NearestLabel(row, c, bound);
                if (at < 0) continue;
                bound = at;
                var label = TextPatterns.CleanLabel(row[at]);
                if (path.Count == 0 || path[^1] != label) path.Add(label);
            }
            paths.Add([.. path]);
        }
        return paths;
    }

    /// <summary>The column where the label covering <paramref name="col"/> starts in each header row (-1 for none).</summary>
    public static IReadOnlyList<int[]> Owners(IReadOnlyList<string[]> headerRows, int width)
    {
        var rows = headerRows.Select(r => Pad(r, width)).ToList();
        var owners = new List<int[]>();
        for (var c = 0; c < width; c++)
        {
            var bound = 0;
            var at = new int[rows.Count];
            for (var r = 0; r < rows.Count; r++)
            {
                at[r] = RowShapes.IsColumnNumbering(rows[r]) ? -1 : NearestLabel(rows[r], c, bound);
                if (at[r] >= 0) bound = at[r];
            }
            owners.Add(at);
        }
        return owners;
    }

    private static int NearestLabel(string[] row, int col, int bound)
    {
        for (var c = col; c >= bound; c--)
            if (row[c].Trim().Length > 0) return c;
        return -1;
    }

    // Text extractions sometimes lose a tab in the top header row, so a group label lands one column left or right
    // of the 合计 that opens its group in the row below; move it onto that column.
    private static void SnapGroupLabels(List<string[]> rows)
    {
        for (var r = 0; r + 1 < rows.Count; r++)
        {
            var row = rows[r];
            var below = rows[r + 1];
            for (var c = 1; c < row.Length; c++)
            {
                if (row[c].Trim().Length == 0 || below[c].Trim().Length > 0) continue;
                foreach (var target in new[] { c + 1, c - 1 })
                {
                    if (target <= 0 || target >= row.Length || row[target].Trim().Length > 0) continue;
                    if (!IsGroupOpener(below[target])) continue;
                    row[target] = row[c];
                    row[c] = "";
                    break;
                }
            }
        }
    }

    private static bool IsGroupOpener(string label) => TextPatterns.Squash(label) is "合计" or "小计";

    private static string[] Pad(string[] row, int width)
    {
        var padded = new string[width];
        for (var i = 0; i < width; i++) padded[i] = i < row.Length ? row[i] ?? "" : "";
        return padded;
    }
}
