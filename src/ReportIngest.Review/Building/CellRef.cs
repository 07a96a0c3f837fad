using System.Text.RegularExpressions;

namespace ReportIngest.Review.Building;

/// <summary>A cell of a table of the document, as checks name it: "r3c2" in their own table, "t5:r3c2" in another.</summary>
internal readonly partial record struct CellRef(int Table, int Row, int Col)
{
    /// <summary>The id of the cell in the review page's HTML.</summary>
    public string Id => $"t{Table}r{Row}c{Col}";

    public string Label => $"table {Table} row {Row} col {Col}";

    public static bool TryParse(string text, int ownTable, out CellRef cell)
    {
        var match = Pattern().Match(text);
        cell = match.Success
            ? new CellRef(match.Groups[1].Success ? int.Parse(match.Groups[1].Value) : ownTable, int.Parse(match.Groups[2].Value), int.Parse(match.Groups[3].Value))
            : default;
        return match.Success;
    }

    [GeneratedRegex(@"^(?:t(\d+):)?r(\d+)c(\d+)$")]
    private static partial Regex Pattern();
}
