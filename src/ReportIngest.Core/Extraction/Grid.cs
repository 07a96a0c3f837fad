using System.Text.Json.Serialization;
using ReportIngest.Core.Documents;

namespace ReportIngest.Core.Extraction;

/// <summary>
/// A block of cells found on one page (or in one run of text rows): the raw table before its
/// header, title and continuation across pages are worked out.
/// </summary>
/// <param name="Kind">How it was found.</param>
// "kind" names the element type in extract.json (PageElement's discriminator), so the grid's own kind is "gridKind".
public sealed record Grid(IReadOnlyList<GridCell> Cells, [property: JsonPropertyName("gridKind")] GridKind Kind) : PageElement
{
    /// <summary>Why it was taken as a table; null for text input, whose rows say so themselves.</summary>
    public DetectionReport? Detection { get; init; }

    public BoundingBox? Box { get; init; }

    public int RowCount => Cells.Count == 0 ? 0 : Cells.Max(c => c.Row + c.RowSpan);
    public int ColCount => Cells.Count == 0 ? 0 : Cells.Max(c => c.Col + c.ColSpan);
}
