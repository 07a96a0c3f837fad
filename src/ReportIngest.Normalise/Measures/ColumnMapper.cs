using ReportIngest.Core.Facts;
using ReportIngest.Core.Tables;
using ReportIngest.Core.Text;

namespace ReportIngest.Normalise.Measures;

/// <summary>
/// Reads a table's header tree into a plan per column: which columns hold codes and names, which hold amounts and
/// under which SCHEMA.md measure key. Nested headers compose parent first (current_year.general_budget.basic); a
/// level that spans every amount column only names the table and is dropped; unknown group labels are transparent;
/// a leaf that maps to nothing leaves its column unmapped (reported, never guessed).
/// </summary>
public static class ColumnMapper
{
    public static IReadOnlyList<ColumnPlan> Map(Table table, string tableType, IReadOnlyList<string[]> body)
    {
        var paths = table.Columns.Select(c => c.Path.Where(p => p.Trim().Length > 0).ToArray()).ToList();
        var kinds = paths.Select((p, c) => KindOf(p, c, body)).ToList();
        var amountCols = Enumerable.Range(0, paths.Count).Where(c => kinds[c] == ColumnKind.Amount).ToList();
        DropSpanningRoot(paths, amountCols);

        var hasFinal = paths.Any(p => p.Any(l => HeaderLabel.Key(l) == "决算数"));
        var threePublicColumns = paths.Any(p => p.Any(l => MeasureLexicon.ThreePublicKey(l) is not null && HeaderLabel.Key(l) is not ("合计" or "小计")));
        // A 三公 table that also prints 会议费 / 培训费: its top-level 合计 is the grand total over all of them.
        var grandTotalBeside = threePublicColumns && paths.Any(p => p.Length > 0 && MeasureLexicon.Meaning(p[^1]).Key is "meeting" or "training");
        var twoSided = TableTypes.IsTwoSided(tableType) || paths.Any(p => p.Length > 1 && MeasureLexicon.Meaning(p[0]).Role == LabelRole.Side);

        var plans = new List<ColumnPlan>();
        var band = 0;
        var bandHasAmount = false;
        for (var c = 0; c < paths.Count; c++)
        {
            // A label column after amounts starts a new band: 科目编码 | 科目名称 | 决算数 printed two or three times side by side.
            if (kinds[c] is ColumnKind.Code or ColumnKind.Name && bandHasAmount) { band++; bandHasAmount = false; }
            if (kinds[c] == ColumnKind.Amount) bandHasAmount = true;
            var (side, sideFromRoot) = twoSided ? SideOf(paths, c, band) : (TableSide.None, false);
            var header = string.Join(" / ", table.Columns[c].Path);
            if (kinds[c] != ColumnKind.Amount)
            {
                plans.Add(new ColumnPlan(c, kinds[c], null, side, header) { Band = band });
                continue;
            }
            var measure = Compose(sideFromRoot ? paths[c][1..] : paths[c], hasFinal, threePublicColumns, grandTotalBeside);
            var sideNamespace = MeasureKey.OfSide(side);
            if (measure is not null && MeasureKey.Parse(measure.ToString()).Namespace != sideNamespace)
                measure = measure.In(sideNamespace);
            plans.Add(new ColumnPlan(c, ColumnKind.Amount, measure?.ToString(), side, header) { Band = band });
        }
        return plans;
    }

    /// <summary>
    /// No two columns of one table (side and band) keep the same measure: the first keeps it, each later one is unmapped
    /// and named in the result, so that nothing is loaded twice under one key.
    /// </summary>
    public static IReadOnlyList<(ColumnPlan Column, string Measure)> DropDuplicateMeasures(List<ColumnPlan> plans)
    {
        var dropped = new List<(ColumnPlan, string)>();
        foreach (var group in plans.Where(p => p.IsMappedAmount).GroupBy(p => (p.Side, p.Band, p.Measure)))
            foreach (var duplicate in group.Skip(1))
            {
                plans[plans.IndexOf(duplicate)] = duplicate with { Measure = null };
                dropped.Add((duplicate, duplicate.Measure!));
            }
        return dropped;
    }

    private static ColumnKind KindOf(string[] path, int col, IReadOnlyList<string[]> body)
    {
        var leaf = path.Length > 0 ? MeasureLexicon.Meaning(path[^1], isLeaf: true) : LabelMeaning.Unknown;
        switch (leaf.Role)
        {
            case LabelRole.RowNumber: return ColumnKind.Ignored;
            case LabelRole.Code: return ColumnKind.Code;
            case LabelRole.Name: return ColumnKind.Name;
        }
        var cells = body.Select(r => col < r.Length ? r[col] : "").Where(t => t.Trim().Length > 0).ToList();
        // Under a header that names a measure, whole numbers (0, 1500: amounts printed without separators) are amounts.
        var namesMeasure = leaf.Role is LabelRole.Measure or LabelRole.Total or LabelRole.Budget
                           || path.Length > 0 && MeasureLexicon.ThreePublicKey(path[^1]) is not null;
        if (namesMeasure && cells.Count > 0 && cells.All(t => CellText.TryReadValue(t, out _))) return ColumnKind.Amount;
        var amounts = cells.Count(t => CellText.TryReadAmount(t, out var a) && !a.IsBareInteger);
        var codes = cells.Count(t => CellText.Digits(t) is { Length: >= 2 and <= 7 } d && CellText.IsDigits(d));
        if (leaf.Role is LabelRole.Measure or LabelRole.Total or LabelRole.Budget)
            return cells.Count > 0 && amounts == 0 && codes == 0 ? ColumnKind.Name : ColumnKind.Amount;
        if (path.Any(l => MeasureLexicon.Meaning(l).Role is LabelRole.Code)) return ColumnKind.Code;
        if (path.Any(l => MeasureLexicon.Meaning(l).Role is LabelRole.Name)) return ColumnKind.Name;
        if (cells.Count == 0) return path.Length > 0 && MeasureLexicon.ThreePublicKey(path[^1]) is not null ? ColumnKind.Amount : ColumnKind.Ignored;
        if (amounts * 2 >= cells.Count) return ColumnKind.Amount;
        if (codes * 2 >= cells.Count) return ColumnKind.Code;
        return ColumnKind.Name;
    }

    private static void DropSpanningRoot(List<string[]> paths, List<int> amountCols)
    {
        if (amountCols.Count == 0) return;
        var roots = amountCols.Select(c => paths[c].Length > 1 ? paths[c][0] : null).Distinct().ToList();
        if (roots.Count != 1 || roots[0] is null) return;
        if (MeasureLexicon.Meaning(roots[0]!).Role == LabelRole.Side) return;
        foreach (var c in amountCols) paths[c] = paths[c][1..];
    }

    // The side of a two-sided table's column: its root header (收入 / 财政拨款收入 / 本年收入 over the left half,
    // 支出 / 本年支出 over the right), or, where the header names no side, the band: labels and amounts on the left
    // are income, the repeat on the right is spending.
    private static (TableSide Side, bool FromRoot) SideOf(List<string[]> paths, int col, int band)
    {
        for (var c = col; c >= 0; c--)
        {
            var p = paths[c];
            if (p.Length > 1 && SideOfLabel(p[0]) is { } side) return (side, c == col);
        }
        return (band == 0 ? TableSide.Income : TableSide.Expenditure, false);
    }

    private static TableSide? SideOfLabel(string label)
    {
        if (MeasureLexicon.Meaning(label) is { Role: LabelRole.Side } side) return side.Side;
        var key = HeaderLabel.Key(label);
        if (key.Contains("支出", StringComparison.Ordinal)) return TableSide.Expenditure;
        return key.Contains("收入", StringComparison.Ordinal) ? TableSide.Income : null;
    }

    private static MeasureKey? Compose(string[] path, bool hasFinal, bool threePublicColumns, bool grandTotalBeside)
    {
        var ns = MeasureNamespace.None;
        string? key = null;
        for (var i = 0; i < path.Length; i++)
        {
            var isLeaf = i == path.Length - 1;
            var meaning = MeasureLexicon.Meaning(path[i], isLeaf);
            if (threePublicColumns && MeasureLexicon.ThreePublicKey(path[i]) is { } tp
                && !(HeaderLabel.Key(path[i]) is "合计" or "小计" && key is not null))
            {
                key = grandTotalBeside && key is null && HeaderLabel.Key(path[i]) is "合计" or "总计" ? "total" : tp;
                continue;
            }
            // Under a three-public heading a leaf the lexicon does not know names no measure: it must not inherit its parent's.
            if (threePublicColumns && isLeaf && key is not null && meaning.Role == LabelRole.Unknown)
                return null;
            switch (meaning.Role)
            {
                case LabelRole.Side:
                    break;
                case LabelRole.Budget when hasFinal:
                    ns = MeasureNamespace.Budget;
                    break;
                case LabelRole.Budget or LabelRole.Total:
                    if (isLeaf) key ??= "total";
                    break;
                case LabelRole.Measure:
                    key = Nest(key, meaning.Key);
                    break;
            }
        }
        return key is null ? null : new MeasureKey(ns, key);
    }

    // The parts of the 财政拨款 group are general_budget, gov_fund … without a fiscal_appropriation. prefix.
    private static string Nest(string? parent, string child)
    {
        if (parent is null) return child;
        if (parent == "fiscal_appropriation" && child is "general_budget" or "gov_fund" or "state_capital" || child.StartsWith("superior_transfer.", StringComparison.Ordinal))
            return child;
        if (child.StartsWith("economic.", StringComparison.Ordinal)) return child;
        return MeasureKey.Join(parent, child);
    }
}
