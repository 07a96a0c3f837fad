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
        var filled = table.Cells.Where(c => c.Text.Length > 0).ToList();
        if (filled.Count < 2) return false;
        // Axis ticks: a table always labels its rows or columns with words somewhere.
        if (!filled.Any(c => c.Text.Any(char.IsLetter))) return false;
        if (filled.Count(c => c.Text.Length == 1 && !char.IsDigit(c.Text[0]) && !Text.Script.IsWide(c.Text[0])) > MaxSingleCharacterShare * filled.Count)
            return false;
        var slots = (table.ColumnBounds.Count - 1) * (table.RowBounds.Count - 1);
        return table.Mode != "lattice" || filled.Sum(c => c.RowSpan * c.ColSpan) >= MinFilledShare * slots;
    }
}
