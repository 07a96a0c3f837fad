using ReportIngest.Core.Extraction;
using ReportIngest.Core.Text;

namespace ReportIngest.Extract.Ocr.Arithmetic;

/// <summary>
/// Chooses between the readings of OCR cells by the table's own sums. Where OCR's two models disagree on a figure, or
/// a look-alike digit or a digit read twice would change it, the reading kept is the one that makes the most of the
/// table's sums hold (row totals, 类 = its 款, 款 = its 项, the total line = the top-level lines); a code part changes the
/// lines a sum takes, so codes are chosen the same way. A reading the sums chose, and a cell in a sum that still
/// fails and that no other sum confirms, get a confidence below the low-confidence line and the reason.
/// </summary>
internal static class ReadingChooser
{
    /// <summary>Confidence of a reading the sums chose or could not confirm: below the line where a fact counts as low-confidence.</summary>
    public const double Doubtful = 0.5;

    /// <summary>
    /// Sums a change must add to those that hold: one for a reading OCR gave, two for a look-alike digit, which
    /// could make a single sum hold by chance.
    /// </summary>
    private const int ObservedGain = 1;
    private const int ConfusionGain = 2;

    /// <summary>Changes tried per table at most: each takes the best single change, so this bounds a hopeless table's work.</summary>
    private const int MaxChanges = 20;

    public static void Settle(List<PageElement>[] pages, IReadOnlyList<int> pageIndexes)
    {
        foreach (var sheet in Sheet.Of(pageIndexes.Order().SelectMany(i => pages[i]).ToList()))
        {
            Settle(sheet);
            foreach (var (grid, settled) in sheet.Grids.Zip(Settled(sheet)))
            {
                var page = pages[grid.Page!.Value - 1];
                page[page.IndexOf(grid)] = settled;
            }
        }
    }

    internal static void Settle(Sheet sheet)
    {
        var columnSums = SumFinder.ColumnSums(sheet);
        ReadTotalLabels(sheet, columnSums);
        for (var change = 0; change < MaxChanges; change++)
        {
            var relations = SumFinder.Find(sheet, columnSums);
            var (held, failed) = Count(relations);
            (SheetCell Cell, CellReading Reading, int Gain, int Held)? best = null;
            foreach (var cell in Suspects(sheet, relations))
                foreach (var (reading, needed) in Candidates(sheet, cell))
                {
                    var current = cell.Text;
                    cell.Text = reading.Text;
                    var (heldAfter, failedAfter) = Count(SumFinder.Find(sheet, columnSums));
                    cell.Text = current;
                    var gain = heldAfter - held;
                    if (gain < needed || failedAfter > failed) continue;
                    if (best is null || gain > best.Value.Gain || (gain == best.Value.Gain && reading.Confidence > best.Value.Reading.Confidence))
                        best = (cell, reading, gain, heldAfter);
                }
            if (best is not { } chosen) break;
            chosen.Cell.Choice ??= (new CellReading(chosen.Cell.Text, chosen.Cell.Source.Confidence ?? 0, "OCR"), chosen.Reading, chosen.Held);
            chosen.Cell.Choice = chosen.Cell.Choice.Value with { Chosen = chosen.Reading, SumsHeld = chosen.Held };
            chosen.Cell.Text = chosen.Reading.Text;
        }
        MarkUnconfirmed(sheet, SumFinder.Find(sheet, columnSums));
    }

    /// <summary>
    /// Sums that hold and sums that fail. A change must make more hold and no more fail, not merely fewer fail: changing a
    /// code can make a failing sum disappear (its line no longer has parts), which is no evidence for it.
    /// </summary>
    private static (int Held, int Failed) Count(List<SumRelation> relations)
    {
        var held = relations.Count(r => r.Holds);
        return (held, relations.Count - held);
    }

    /// <summary>The cells of failing sums, and the code parts of rows whose parts make no code or whose sums fail.</summary>
    private static IEnumerable<SheetCell> Suspects(Sheet sheet, List<SumRelation> relations)
    {
        var failing = relations.Where(r => !r.Holds).ToList();
        var cells = failing.SelectMany(r => r.Cells).Where(c => !c.IsBlank).ToHashSet();
        var codes = RowCodes.Of(sheet);
        var rows = cells.Select(c => c.Row).ToHashSet();
        for (var r = 0; r < sheet.Rows.Count; r++)
            if (rows.Contains(r) || (codes[r] is null && sheet.CodeParts(r).Count > 0))
                cells.UnionWith(sheet.CodeParts(r));
        return cells;
    }

    private static IEnumerable<(CellReading Reading, int Gain)> Candidates(Sheet sheet, SheetCell cell)
    {
        foreach (var observed in ReadingVariants.Observed(cell)) yield return (observed, ObservedGain);
        var isCode = cell.Col < sheet.LabelColumn;
        if (!isCode && cell.Amount is null) yield break;
        foreach (var confusion in ReadingVariants.Confusions(cell)) yield return (confusion, ConfusionGain);
        if (isCode)
            foreach (var doubled in ReadingVariants.DoubledDigits(cell)) yield return (doubled, ObservedGain);
    }

    /// <summary>A row labelled one character off a total label (台计) whose amounts add up as the total line: its label is the total's.</summary>
    private static void ReadTotalLabels(Sheet sheet, IReadOnlyList<ColumnSum> columnSums)
    {
        var codes = RowCodes.Of(sheet);
        for (var r = 0; r < sheet.Rows.Count; r++)
        {
            if (sheet.Label(r) is not { } label || TotalLabels.NearTotal(label.Text) is not { } total) continue;
            var sums = SumFinder.TotalLines(sheet, codes, row => row == r).Where(s => !s.Total.IsBlank).ToList();
            if (sums.Count == 0 || sums.Count(s => s.Holds) * 2 <= sums.Count) continue;
            label.Choice = (new CellReading(label.Text, label.Source.Confidence ?? 0, "OCR"),
                new CellReading(total, Doubtful, "total label read one character off"), sums.Count(s => s.Holds));
            label.Text = total;
        }
    }

    /// <summary>Cells of sums that still fail and that no holding sum confirms (all of a sum's cells where each is confirmed elsewhere).</summary>
    private static void MarkUnconfirmed(Sheet sheet, List<SumRelation> relations)
    {
        var confirmed = relations.Where(r => r.Holds).SelectMany(r => r.Cells).ToHashSet();
        foreach (var failing in relations.Where(r => !r.Holds))
        {
            var cells = failing.Cells.Where(c => !c.IsBlank).ToList();
            var doubtful = cells.Where(c => !confirmed.Contains(c)).ToList();
            foreach (var cell in doubtful.Count > 0 ? doubtful : cells)
                cell.Unconfirmed ??= failing.Describe();
        }
    }

    /// <summary>The sheet's grids with the chosen readings, doubtful confidences and reasons written into their cells.</summary>
    private static IEnumerable<Grid> Settled(Sheet sheet)
    {
        var byCell = sheet.Rows.SelectMany(r => r.Values).ToDictionary(c => c.Source, c => c, (IEqualityComparer<GridCell>)ReferenceEqualityComparer.Instance);
        for (var g = 0; g < sheet.Grids.Count; g++)
        {
            var grid = sheet.Grids[g];
            yield return grid with { Cells = grid.Cells.Select(c => byCell.TryGetValue(c, out var cell) ? Settled(cell) : c).ToList() };
        }
    }

    private static GridCell Settled(SheetCell cell)
    {
        if (cell.Choice is { } choice)
        {
            var readings = (cell.Source.Readings ?? [choice.Replaced]).Append(choice.Chosen).DistinctBy(r => r.Text).ToList();
            return cell.Source with
            {
                Text = cell.Text,
                Confidence = Math.Min(cell.Source.Confidence ?? 0, Doubtful),
                Readings = readings,
                ConfidenceNote = $"chosen by the table's sums: '{choice.Chosen.Text}' ({choice.Chosen.Source}) for OCR's '{choice.Replaced.Text}', {choice.SumsHeld} sums hold"
                                 + (cell.Unconfirmed is { } still ? $"; still failing: {still}" : ""),
            };
        }
        if (cell.Unconfirmed is { } reason)
            return cell.Source with { Confidence = Math.Min(cell.Source.Confidence ?? 0, Doubtful), ConfidenceNote = $"the table's sums do not confirm it: {reason}" };
        return cell.Source;
    }
}
