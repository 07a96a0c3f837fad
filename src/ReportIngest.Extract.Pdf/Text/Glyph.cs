using ReportIngest.Extract.Pdf.Geometry;

namespace ReportIngest.Extract.Pdf.Text;

/// <summary>One printed character in upright page space; Box spans the advance width and the font's em height.</summary>
/// <param name="SpaceBefore">The PDF drew a space character just before this glyph on the same line.</param>
/// <param name="Sideways">Runs across the page's reading direction (vertical header text, chart axis titles).</param>
internal readonly record struct Glyph(string Value, Box Box, double Baseline, double Size, bool SpaceBefore = false, bool Sideways = false)
{
    public bool IsCjk => Value.Length > 0 && Script.IsWide(Value[0]);

    /// <summary>Place in the page's reading order (<see cref="GlyphOrder"/>): any of the page's glyphs taken in rank order are sorted.</summary>
    public int Rank { get; init; }
}
