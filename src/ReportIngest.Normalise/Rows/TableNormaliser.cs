using ReportIngest.Core.Text;
using ReportIngest.Core.Facts;
using ReportIngest.Core.Tables;
using ReportIngest.Normalise.Codes;
using ReportIngest.Normalise.Measures;
using ReportIngest.Normalise.Reference;

namespace ReportIngest.Normalise.Rows;

/// <summary>
/// Turns one classified table into facts: reads each body row's code, name and amount cells per the column plan,
/// joins wrapped names, resolves codes (printed, or from the name), realigns shifted rows, converts to 万元.
/// </summary>
internal sealed class TableNormaliser(Catalogues catalogues)
{
    public (TableMapping Mapping, IReadOnlyList<Fact> Facts, IReadOnlyList<string> Warnings) Normalise(
        Table table, TableLabel label, string? defaultUnit)
    {
        var warnings = new List<string>();
        var width = table.ColCount;
        var body = Enumerable.Range(table.HeaderRowCount, Math.Max(0, table.RowCount - table.HeaderRowCount))
            .Select(r => (Row: r, Texts: Texts(table, r, width))).ToList();
        var plans = ColumnMapper.Map(table, label.Type, body.Select(b => b.Texts).ToList()).ToList();
        var unit = table.Unit ?? defaultUnit ?? "万元";
        var factor = UnitFactor(unit);
        var unmapped = plans.Where(p => p.Kind == ColumnKind.Amount && p.Measure is null)
            .Where(p => body.Any(b => CellText.TryReadValue(b.Texts[p.Col], out _)))
            .Select(p => p.HeaderText.Length > 0 ? p.HeaderText : $"column {p.Col + 1}").ToList();
        foreach (var u in TableTypes.IsNonFinancial(label.Type) ? [] : unmapped)
            warnings.Add($"table {table.Index} ({table.Title}): column '{u}' has amounts but no measure; its amounts were not loaded");
        InferMissingSubColumns(plans, body.Select(b => b.Texts).ToList());
        foreach (var (column, measure) in ColumnMapper.DropDuplicateMeasures(plans))
            if (!TableTypes.IsNonFinancial(label.Type) && body.Any(b => CellText.TryReadValue(b.Texts[column.Col], out _)))
                warnings.Add($"table {table.Index} ({table.Title}): column '{column.HeaderText}' would repeat measure '{measure}' "
                             + "of a column before it; its amounts were not loaded");

        var facts = new List<Fact>();
        if (TableTypes.IsNonFinancial(label.Type))
            return (Mapping(table, label, plans, unmapped, unit, factor), facts, warnings);

        var bands = new List<(List<ColumnPlan> AmountPlans, List<RowItem> Items, bool HasLabelColumns)>();
        foreach (var group in plans.GroupBy(p => (p.Side, p.Band)))
        {
            var groupPlans = group.ToList();
            var amountPlans = groupPlans.Where(p => p.Kind == ColumnKind.Amount).ToList();
            if (amountPlans.Count == 0) continue;
            var items = ReadItems(table, body, groupPlans, amountPlans, label.Type, group.Key.Side, warnings);
            bands.Add((amountPlans, items, groupPlans.Any(p => p.Kind is ColumnKind.Code or ColumnKind.Name)));
        }
        for (var b = 1; b < bands.Count; b++)
            BorrowLabels(bands[b - 1].Items, bands[b].Items);
        foreach (var (amountPlans, items, hasLabelColumns) in bands)
        {
            NameUnlabelledRows(items, hasLabelColumns || bands.Count > 1, warnings, table);
            RowAlignmentRepair.Repair(items, i => i.Code.Length == 0 && ItemNames.IsTotal(i.ItemName));
            foreach (var item in items)
                for (var k = 0; k < amountPlans.Count; k++)
                {
                    var plan = amountPlans[k];
                    if (plan.Measure is null || !CellText.TryReadValue(item.AmountTexts[k], out var value)) continue;
                    facts.Add(new Fact
                    {
                        TableIndex = table.Index,
                        Row = item.Row,
                        Col = plan.Col,
                        Page = item.Page,
                        Line = item.Line,
                        Classification = item.Classification,
                        Code = item.Code,
                        ItemName = item.ItemName,
                        Measure = plan.Measure,
                        AmountWan = value * factor,
                        PrintedText = item.AmountTexts[k],
                        PrintedItem = item.PrintedName,
                    });
                }
        }
        return (Mapping(table, label, plans, unmapped, unit, factor), facts, warnings);
    }

    private List<RowItem> ReadItems(Table table, List<(int Row, string[] Texts)> body, List<ColumnPlan> sidePlans,
        List<ColumnPlan> amountPlans, string type, TableSide side, List<string> warnings)
    {
        var codeCols = sidePlans.Where(p => p.Kind == ColumnKind.Code).Select(p => p.Col).ToList();
        var nameCols = sidePlans.Where(p => p.Kind == ColumnKind.Name).Select(p => p.Col).ToList();
        var items = new List<RowItem>();
        foreach (var (row, texts) in body)
        {
            var cell = table.Cells.FirstOrDefault(c => c.Row == row);
            var item = new RowItem(row, cell?.Page, cell?.Line)
            {
                AmountTexts = amountPlans.Select(p => texts[p.Col]).ToArray(),
            };
            var codeCells = codeCols.Select(c => texts[c]).ToList();
            var names = nameCols.Select(c => texts[c].Trim()).Where(t => t.Length > 0).ToList();
            // Code columns sometimes carry the name (a unit name under 单位代码, a class name under 科目编码).
            // Header words left in the code columns (类 款 项 printed on the 合计 line) are not names.
            names.AddRange(codeCells.Where(t => t.Trim().Length > 0 && !CellText.Digits(t).All(char.IsAsciiDigit) && MeasureLexicon.Meaning(t).Role != LabelRole.Code)
                .Select(t => t.Trim()));
            var name = names.Count > 0 ? names[^1] : "";
            var (leading, remainder) = PrintedCodeReader.SplitLeading(names.Count > 0 ? names[0] : "", catalogues);
            if (leading.Length > 0 && names.Count == 1) name = remainder;
            item.PrintedCode = PrintedCodeReader.Join([.. codeCells, leading], catalogues);
            item.PrintedCodeDigits = string.Join(" ", codeCells.Select(CellText.Digits).Where(d => d.Length is > 0 and <= 7 and not 6 && d.All(char.IsAsciiDigit)));
            item.PrintedName = ItemNames.Clean(name);
            if (!item.HasLabel && !item.HasAmounts) continue;
            if (!item.HasAmounts && item.PrintedCode.Length == 0 && items.Count > 0 && JoinsPrevious(items[^1], item.PrintedName))
            {
                items[^1].PrintedName += item.PrintedName;
                continue;
            }
            items.Add(item);
        }
        ResolveCodes(items, type, side);
        foreach (var item in items.Where(i => i.PrintedCode.Length == 0 && i.PrintedCodeDigits.Length > 0))
            warnings.Add($"table {table.Index} ({table.Title}): row {item.Row + 1} prints '{item.PrintedCodeDigits}', which is no classification code; "
                         + (item.Code.Length > 0 ? $"its name gives {item.Code}" : "it is loaded without a code"));
        return items;
    }

    private bool JoinsPrevious(RowItem previous, string fragment) =>
        previous.PrintedName.Length > 0 && fragment.Length > 0 && !ItemNames.IsTotal(fragment)
        && (ItemNames.LooksUnfinished(previous.PrintedName)
            || catalogues.Function.WithName(previous.PrintedName + fragment).Count > 0
            || catalogues.Economic.WithName(previous.PrintedName + fragment).Count > 0);

    private void ResolveCodes(List<RowItem> items, string type, TableSide side)
    {
        var twoSided = side != TableSide.None;
        var economicTable = type is TableTypes.FiscalExpenditureEconomic or TableTypes.GeneralBasicExpenditure or TableTypes.OperatingCosts;
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var name = twoSided ? ItemNames.StripNumbering(item.PrintedName) : item.PrintedName;
            var code = item.PrintedCode;
            if (side == TableSide.Income && code.Length == 0)
            {
                item.ItemName = name;
                continue;
            }
            var catalogue = code.Length > 0 ? catalogues.ForCode(code) : economicTable ? catalogues.Economic : catalogues.Function;
            if (catalogue is null) { item.ItemName = name; continue; }
            if (code.Length > 0 && name.Length > 0 && catalogue.NameOf(code) is { } printedCodeName && NameKey.Of(printedCodeName) != NameKey.Of(name))
            {
                // 类/款 printed, the name is a sub-item of it (301 03 → 年终一次性奖金 is 3010301).
                var child = catalogue.ChildrenOf(code).FirstOrDefault(e => NameKey.Of(e.Name) == NameKey.Of(name));
                if (child is not null) code = child.Code;
            }
            if (code.Length == 0 && name.Length > 0 && !ItemNames.IsTotal(name))
            {
                var nearby = items.Skip(i + 1).Take(3).Select(x => x.PrintedCode)
                    .Concat(items.Take(i).Reverse().Take(3).Select(x => x.Code)).ToList();
                code = NameCodeResolver.Resolve(name, catalogue, null, nearby, twoSided ? "类" : null);
            }
            item.Code = code;
            item.Classification = code.Length > 0 ? catalogue.Classification : "";
            item.ItemName = name.Length > 0 ? catalogue.CurrentName(code, name) : code.Length > 0 ? catalogue.NameOf(code) ?? "" : "";
        }
    }

    // A label printed in one band whose amount sits in the next (公用经费合计 over two bands of 公用经费) lends it.
    private static void BorrowLabels(List<RowItem> left, List<RowItem> right)
    {
        foreach (var item in right.Where(i => i.ItemName.Length == 0 && i.Code.Length == 0 && i.HasAmounts))
        {
            var lender = left.FirstOrDefault(l => l.Row == item.Row && !l.HasAmounts && (l.ItemName.Length > 0 || l.Code.Length > 0));
            if (lender is null) continue;
            (item.ItemName, item.Code, item.Classification, item.PrintedName) = (lender.ItemName, lender.Code, lender.Classification, lender.PrintedName);
        }
    }

    private static void NameUnlabelledRows(List<RowItem> items, bool hasLabelColumns, List<string> warnings, Table table)
    {
        for (var i = items.Count - 1; i >= 0; i--)
        {
            var item = items[i];
            if (item.ItemName.Length > 0 || item.Code.Length > 0 || !hasLabelColumns) continue;
            var isLast = items.Skip(i + 1).All(x => !x.HasAmounts);
            if (isLast && i > 0)
            {
                item.ItemName = "合计"; // the 合计 label sits in a merged cell the extraction lost
                continue;
            }
            if (i > 0 && items[i - 1].AmountTexts.SequenceEqual(item.AmountTexts)) { items.RemoveAt(i); continue; }
            warnings.Add($"table {table.Index} ({table.Title}): row {item.Row + 1} has amounts but no label; not loaded");
            items.RemoveAt(i);
        }
    }

    // A funding group printed over three columns whose sub-header row was lost (一般公共预算拨款 with 小计 / 基本支出 /
    // 项目支出 under it): when every row satisfies first = second + third, the second and third are basic and project.
    private static void InferMissingSubColumns(List<ColumnPlan> plans, List<string[]> body)
    {
        var amount = plans.Where(p => p.IsMappedAmount).ToList();
        for (var i = 0; i + 2 < amount.Count; i++)
        {
            var (a, b, c) = (amount[i], amount[i + 1], amount[i + 2]);
            if (a.Measure != b.Measure || b.Measure != c.Measure || a.Col + 1 != b.Col || b.Col + 1 != c.Col) continue;
            var checkedRows = 0;
            var rows = body.Where(r => r.Skip(a.Col).Take(3).Any(t => CellText.TryReadValue(t, out _))).ToList();
            var holding = rows.Count(r =>
            {
                CellText.TryReadValue(r[a.Col], out var x);
                CellText.TryReadValue(r[b.Col], out var y);
                CellText.TryReadValue(r[c.Col], out var z);
                if (x != 0) checkedRows++;
                return Math.Abs(x - y - z) <= 0.011m;
            });
            // Most rows, not all: a row shifted by a lost tab is realigned later from the code hierarchy.
            if (checkedRows == 0 || holding * 5 < rows.Count * 4) continue;
            plans[plans.IndexOf(b)] = b with { Measure = b.Measure + ".basic" };
            plans[plans.IndexOf(c)] = c with { Measure = c.Measure + ".project" };
            amount = plans.Where(p => p.IsMappedAmount).ToList();
        }
    }

    private static TableMapping Mapping(Table table, TableLabel label, IReadOnlyList<ColumnPlan> plans, List<string> unmapped, string unit, decimal factor) =>
        new(table.Index, label.Type, label.Confidence, plans.Select(p => p.Measure).ToList(), unmapped, unit, factor);

    private static string[] Texts(Table table, int row, int width)
    {
        var texts = new string[width];
        Array.Fill(texts, "");
        foreach (var cell in table.Cells.Where(c => c.Row == row))
            if (cell.Col < width) texts[cell.Col] = cell.Text;
        return texts;
    }

    public static decimal UnitFactor(string unit) => unit switch
    {
        "元" => 0.0001m,
        "千元" => 0.1m,
        "亿元" => 10000m,
        _ => 1m,
    };
}
