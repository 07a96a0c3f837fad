namespace ReportIngest.Extract.Ocr.Arithmetic;

/// <summary>
/// The sums a budget table prints, found from its current readings: a column that is the sum of the columns to its
/// right (合计 = 基本支出 + 项目支出, learnt from the rows where it holds), a 类 line the sum of its 款 lines and a 款 the
/// sum of its 项, and the total line the sum of the top-level lines.
/// </summary>
internal static class SumFinder
{
    /// <summary>Rows a column sum must hold in to be taken for one of the table's, and the share of its rows with amounts.</summary>
    private const int MinRowsHeld = 2;
    private const double MinShareHeld = 0.6;

    public static List<SumRelation> Find(Sheet sheet, IReadOnlyList<ColumnSum> columnSums)
    {
        var relations = new List<SumRelation>();
        var codes = RowCodes.Of(sheet);
        relations.AddRange(RowSums(sheet, columnSums));
        relations.AddRange(Hierarchy(sheet, codes));
        relations.AddRange(TotalLines(sheet, codes, r => sheet.Label(r) is { } l && TotalLabels.IsTotal(l.Text)));
        return relations.Where(r => r.Cells.All(IsFigure)).ToList();
    }

    /// <summary>An amount or a blank: a sum that takes a cell of text (a label standing in an amount column) is none.</summary>
    private static bool IsFigure(SheetCell cell) => cell.IsBlank || cell.Amount is not null || cell.Text.Trim() is "-" or "—" or "－";

    /// <summary>The total line's sums, for the rows <paramref name="isTotal"/> takes as total lines.</summary>
    public static IEnumerable<SumRelation> TotalLines(Sheet sheet, string?[] codes, Func<int, bool> isTotal)
    {
        var top = codes.OfType<string>().Select(c => c.Length).DefaultIfEmpty(0).Min();
        if (top == 0) yield break;
        for (var r = 0; r < sheet.Rows.Count; r++)
        {
            if (!isTotal(r)) continue;
            var lines = Enumerable.Range(0, r).Where(i => codes[i]?.Length == top).ToList();
            if (lines.Count == 0) continue;
            foreach (var col in sheet.AmountColumns)
                if (sheet.Cell(r, col) is { } total)
                    yield return new SumRelation(total, lines.Select(i => sheet.Cell(i, col)).OfType<SheetCell>().ToList(), "total line = sum of the top-level lines");
        }
    }

    private static IEnumerable<SumRelation> Hierarchy(Sheet sheet, string?[] codes)
    {
        for (var r = 0; r < sheet.Rows.Count; r++)
        {
            if (codes[r] is not { Length: < 7 } parent) continue;
            var children = new List<int>();
            for (var j = r + 1; j < sheet.Rows.Count; j++)
            {
                if (sheet.Label(j) is { } label && TotalLabels.IsTotal(label.Text)) break;
                if (codes[j] is not { } code) continue;
                if (code.Length <= parent.Length || !code.StartsWith(parent, StringComparison.Ordinal)) break;
                if (code.Length == parent.Length + 2) children.Add(j);
            }
            if (children.Count == 0) continue;
            var level = parent.Length == 3 ? "类 = sum of its 款" : "款 = sum of its 项";
            foreach (var col in sheet.AmountColumns)
                if (sheet.Cell(r, col) is { } total)
                    yield return new SumRelation(total, children.Select(j => sheet.Cell(j, col)).OfType<SheetCell>().ToList(), $"{level} ({parent})");
        }
    }

    private static IEnumerable<SumRelation> RowSums(Sheet sheet, IReadOnlyList<ColumnSum> columnSums)
    {
        foreach (var sum in columnSums)
            for (var r = 0; r < sheet.Rows.Count; r++)
                if (sheet.Cell(r, sum.Total) is { } total && total.Amount is not null)
                    yield return new SumRelation(total, sum.Parts.Select(c => sheet.Cell(r, c)).OfType<SheetCell>().ToList(), "row: column = sum of the columns it totals");
    }

    /// <summary>
    /// The columns that are the sum of columns to their right, learnt from the rows: for each column from the right, the
    /// run of following columns (a column that totals others standing for them) whose sum it equals in the most rows.
    /// </summary>
    public static List<ColumnSum> ColumnSums(Sheet sheet)
    {
        var columns = sheet.AmountColumns.ToList();
        var found = new Dictionary<int, ColumnSum>();
        for (var k = columns.Count - 2; k >= 0; k--)
        {
            var total = columns[k];
            var rows = Enumerable.Range(0, sheet.Rows.Count).Where(r => sheet.Cell(r, total)?.Amount is { } a && a != 0).ToList();
            if (rows.Count < MinRowsHeld) continue;
            ColumnSum? best = null;
            var bestHeld = 0;
            var parts = new List<int>();
            var next = k + 1;
            while (next < columns.Count)
            {
                var head = columns[next];
                parts.Add(head);
                var through = found.TryGetValue(head, out var inner) ? inner.Through : head;
                next = columns.IndexOf(through) + 1;
                var candidate = new ColumnSum(total, parts.ToList(), through);
                var held = rows.Count(r => candidate.HoldsIn(sheet, r));
                if (held >= bestHeld && held > 0) (best, bestHeld) = (candidate, held);
            }
            if (best is not null && bestHeld >= MinRowsHeld && bestHeld >= MinShareHeld * rows.Count) found[total] = best;
        }
        return found.Values.ToList();
    }
}

/// <summary>A column that prints the sum of other columns of its row; <paramref name="Through"/> is the last column it covers.</summary>
internal sealed record ColumnSum(int Total, IReadOnlyList<int> Parts, int Through)
{
    public bool HoldsIn(Sheet sheet, int row) =>
        sheet.Cell(row, Total)?.Amount is { } total && Math.Abs(total - Parts.Sum(c => sheet.Cell(row, c)?.Amount ?? 0)) <= SumRelation.Tolerance;
}
