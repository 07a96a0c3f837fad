using ReportIngest.Core.Extraction;
using ReportIngest.Extract.Pdf.Geometry;

namespace ReportIngest.Extract.Pdf.Tables;

/// <summary>A table found on one page, in upright page space, before it becomes a <c>Grid</c>.</summary>
internal sealed class DetectedTable(Box box, GridKind mode, List<DetectedCell> cells)
{
    public Box Box { get; } = box;
    public GridKind Mode { get; } = mode;
    public List<DetectedCell> Cells { get; } = cells;

    /// <summary>Column bounds, left to right (one more than the column count).</summary>
    public required List<double> ColumnBounds { get; init; }

    /// <summary>Row bounds, top to bottom (one more than the row count).</summary>
    public required List<double> RowBounds { get; init; }
}
