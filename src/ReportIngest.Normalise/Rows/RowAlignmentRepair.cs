using ReportIngest.Core.Text;
using ReportIngest.Normalise.Measures;

namespace ReportIngest.Normalise.Rows;

/// <summary>
/// Text extractions sometimes lose a tab inside a row, shifting its later amounts one column left (a 8.95 of 单位资金
/// lands under 财政专户). The code hierarchy says where each amount belongs: a 类 equals the sum of its 款, a 款 the
/// sum of its 项, the 合计 line the sum of the top level. A row whose relations fail and all hold once an empty cell is
/// inserted (or removed) at one place is realigned; anything else is left for validation to flag.
/// </summary>
internal static class RowAlignmentRepair
{
    public static int Repair(List<RowItem> items, Func<RowItem, bool> isTotal)
    {
        var repaired = 0;
        for (var pass = 0; pass < 3; pass++)
        {
            var changed = false;
            var relations = Relations(items, isTotal);
            // The usual table: every relation holds, so no row is tried (checking each relation once, not once per row in it).
            if (relations.All(Holds)) break;
            foreach (var row in items.Where(i => i.HasAmounts))
            {
                var mine = relations.Where(r => r.Parent == row || r.Children.Contains(row)).ToList();
                if (mine.Count == 0 || mine.All(Holds)) continue;
                var original = row.AmountTexts;
                string[]? best = null;
                foreach (var variant in Variants(original))
                {
                    row.AmountTexts = variant;
                    if (mine.All(Holds)) { best = variant; break; }
                }
                row.AmountTexts = best ?? original;
                if (best is not null) { repaired++; changed = true; }
            }
            if (!changed) break;
        }
        return repaired;
    }

    private sealed record Relation(RowItem Parent, List<RowItem> Children);

    private static List<Relation> Relations(List<RowItem> items, Func<RowItem, bool> isTotal)
    {
        var coded = items.Where(i => i.Code.Length is 3 or 5 or 7).ToList();
        var relations = new List<Relation>();
        foreach (var parent in coded.Where(i => i.Code.Length < 7))
        {
            var children = coded.Where(c => c.Code.Length == parent.Code.Length + 2 && c.Code.StartsWith(parent.Code, StringComparison.Ordinal)).ToList();
            if (children.Count > 0) relations.Add(new Relation(parent, children));
        }
        if (coded.Count > 0)
        {
            var top = coded.Min(c => c.Code.Length);
            var topRows = coded.Where(c => c.Code.Length == top).ToList();
            foreach (var total in items.Where(isTotal))
                relations.Add(new Relation(total, topRows));
        }
        return relations;
    }

    private static bool Holds(Relation relation)
    {
        var width = relation.Parent.AmountTexts.Length;
        var tolerance = 0.011m + 0.005m * relation.Children.Count;
        for (var j = 0; j < width; j++)
        {
            var parent = ValueAt(relation.Parent, j);
            var sum = relation.Children.Sum(c => ValueAt(c, j));
            if (Math.Abs(parent - sum) > tolerance) return false;
        }
        return true;
    }

    private static decimal ValueAt(RowItem item, int j) =>
        j < item.AmountTexts.Length && CellText.TryReadValue(item.AmountTexts[j], out var v) ? v : 0m;

    private static IEnumerable<string[]> Variants(string[] texts)
    {
        var n = texts.Length;
        // Insert an empty cell at p: everything from p moves one column right (the last cell must be blank).
        if (n > 1 && texts[^1].Trim().Length == 0)
            for (var p = 0; p < n - 1; p++)
                yield return [.. texts[..p], "", .. texts[p..^1]];
        // Remove an empty cell at p: everything after p moves one column left.
        for (var p = 0; p < n - 1; p++)
            if (texts[p].Trim().Length == 0)
                yield return [.. texts[..p], .. texts[(p + 1)..], ""];
    }
}
