using ReportIngest.Core.Extraction;
using ReportIngest.Core.Text;

namespace ReportIngest.Extract.Ocr.Arithmetic;

/// <summary>A grid cell OCR read, as the sums see it: its current reading, which they may change, and where it came from.</summary>
internal sealed class SheetCell(GridCell source, int grid, int row)
{
    public GridCell Source { get; } = source;

    /// <summary>Index of the grid in its sheet.</summary>
    public int Grid { get; } = grid;

    /// <summary>Row in the sheet (the rows of its grids one after another).</summary>
    public int Row { get; } = row;

    public int Col => Source.Col;

    public string Text { get; set; } = source.Text;

    /// <summary>The amount the current reading prints; null for a blank, a dash or text.</summary>
    public decimal? Amount => CellText.TryReadValue(Text, out var value) ? value : null;

    public bool IsBlank => LabelText.Squash(Text).Length == 0;

    /// <summary>The first reading the sums replaced, with the number of sums the new one makes hold; null when unchanged.</summary>
    public (CellReading Replaced, CellReading Chosen, int SumsHeld)? Choice { get; set; }

    /// <summary>A sum that fails with this cell in it and that no holding sum offsets; null when none.</summary>
    public string? Unconfirmed { get; set; }

    public string Where => $"r{Source.Row}c{Source.Col}";
}
