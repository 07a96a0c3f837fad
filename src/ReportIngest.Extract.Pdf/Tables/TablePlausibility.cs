using ReportIngest.Core.Extraction;

namespace ReportIngest.Extract.Pdf.Tables;

/// <summary>
/// Rejects detections that are charts rather than tables: legends and plot grids are ruled but
/// nearly empty, axis labels align in columns but are single characters or tick numbers.
/// </summary>
internal static class TablePlausibility
{
    /// <summary>Fewest filled cells, as a share of all grid slots, for a ruled table.</summary>
    private const double MinFilledShare = 0.2;

    /// <summary>Most cells of a single character, as a share of the filled cells.</summary>
    private const double MaxSingleCharacterShare = 0.5;

    public static bool IsPlausible(DetectedTable table)
    {
        int filled = 0, worded = 0, singleCharacters = 0;
        foreach (var c in table.Cells)
        {
            if (c.Text.Length == 0) continue;
            filled++;
            if (Text.Script.HasLetter(c.Text)) worded++;
            if (c.Text.Length == 1 && !char.IsDigit(c.Text[0]) && !Text.Script.IsWide(c.Text[0])) singleCharacters++;
        }
        if (filled < 2) return false;
        // Axis ticks: a table always labels its rows or columns with words somewhere.
        if (worded == 0) return false;
        if (singleCharacters > MaxSingleCharacterShare * filled)
            return false;
        return table.Mode != GridKind.Lattice || FilledArea(table) >= MinFilledShare * Slots(table);
    }

    /// <summary>Why a plausible detection is a table, with its filled share as the score.</summary>
    public static DetectionReport Report(DetectedTable table)
    {
        var rows = table.RowBounds.Count - 1;
        var columns = table.ColumnBounds.Count - 1;
        var why = table.Mode switch
        {
            GridKind.Lattice => $"ruling lines enclose {rows}x{columns} cells",
            GridKind.Form => $"unruled form: section labels span rows, {rows} rows in {columns} columns",
            _ => $"unruled: {rows} text rows aligned in {columns} whitespace-separated columns",
        };
        var filled = table.Cells.Count(c => c.Text.Length > 0);
        return new DetectionReport($"{why}; {filled} cells filled, words and figures, not chart labels", Math.Round(FilledShare(table), 3));
    }

    private static double FilledShare(DetectedTable table) => Slots(table) == 0 ? 0 : (double)FilledArea(table) / Slots(table);

    private static int FilledArea(DetectedTable table) => table.Cells.Where(c => c.Text.Length > 0).Sum(c => c.RowSpan * c.ColSpan);

    private static int Slots(DetectedTable table) => (table.ColumnBounds.Count - 1) * (table.RowBounds.Count - 1);
}
