using ReportIngest.Core.Text;
using ReportIngest.Extract.Pdf.Geometry;
using ReportIngest.Extract.Pdf.Text;

namespace ReportIngest.Extract.Pdf.Tables.Forms;

/// <summary>The text of one form cell: phrases stacked by wrapping, top to bottom.</summary>
internal sealed class FormBlock
{
    public FormBlock(List<GlyphLine> phrases)
    {
        Phrases = phrases;
        var box = Box.Empty;
        var size = phrases[0].Size;
        foreach (var p in phrases)
        {
            box = box.Union(p.Box);
            if (p.Size > size) size = p.Size;
        }
        Box = box;
        Size = size;
        Text = GlyphText.ComposeLines(phrases);
        IsAmount = CellText.IsFigures(Text, percentAllowed: true);
    }

    public List<GlyphLine> Phrases { get; }
    public Box Box { get; }
    public double Size { get; }
    public double CentreY => Box.CenterY;
    public string Text { get; }

    /// <summary>A number as printed in a form: digits with separators, a sign or a percent.</summary>
    public bool IsAmount { get; }

    /// <summary>First grid row and row count, set once rows are known.</summary>
    public int Row { get; set; } = -1;
    public int RowSpan { get; set; } = 1;

    /// <summary>First grid column and column count, set once columns are known.</summary>
    public int Col { get; set; } = -1;
    public int ColSpan { get; set; } = 1;

    public bool Covers(int row) => Row <= row && row < Row + RowSpan;

    public override string ToString() => $"{Text} [{Box.Left:F0}-{Box.Right:F0} x {Box.Top:F0}-{Box.Bottom:F0}] r{Row}+{RowSpan} c{Col}+{ColSpan}";
}
