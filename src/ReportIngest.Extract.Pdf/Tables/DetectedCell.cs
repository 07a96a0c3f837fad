using ReportIngest.Extract.Pdf.Geometry;
using ReportIngest.Extract.Pdf.Text;

namespace ReportIngest.Extract.Pdf.Tables;

/// <summary>A cell of a detected table, its slot in the grid and the glyphs that fell into it.</summary>
internal sealed class DetectedCell(int row, int col, int rowSpan, int colSpan, Box box)
{
    public int Row { get; set; } = row;
    public int Col { get; set; } = col;
    public int RowSpan { get; set; } = rowSpan;
    public int ColSpan { get; set; } = colSpan;
    public Box Box { get; set; } = box;
    /// <summary>The glyphs that fell into the cell, in reading order.</summary>
    public ReadOnlyMemory<Glyph> Glyphs { get; set; }
    public string Text { get; set; } = "";
}
