using ReportIngest.Extract.Pdf.Geometry;

namespace ReportIngest.Extract.Pdf.Text;

/// <summary>Glyphs sharing a baseline, left to right.</summary>
internal sealed class GlyphLine
{
    public GlyphLine(List<Glyph> glyphs)
    {
        Glyphs = glyphs;
        var box = Box.Empty;
        double baseline = 0, size = 0;
        foreach (var g in glyphs)
        {
            box = box.Union(g.Box);
            baseline += g.Baseline;
            size = Math.Max(size, g.Size);
        }
        Box = box;
        Baseline = baseline / Math.Max(1, glyphs.Count);
        Size = size;
    }

    public List<Glyph> Glyphs { get; }
    public Box Box { get; }
    public double Baseline { get; }
    public double Size { get; }

    public string Text => GlyphText.Compose(Glyphs);
}
