namespace ReportIngest.Reconstruct;

/// <summary>Finds how many rows at the top of a grid are header rows: those above the first body row.</summary>
public static class HeaderDetector
{
    public const int MaxHeaderRows = 5;

    public static int Count(IReadOnlyList<string[]> rows)
    {
        for (var r = 0; r < rows.Count && r <= MaxHeaderRows; r++)
            if (RowShapes.IsBody(rows[r]))
                return r;
        // No body row near the top: a header-only (empty) table keeps its first rows as header, a text table none.
        return rows.Count <= MaxHeaderRows ? rows.Count : 0;
    }
}
