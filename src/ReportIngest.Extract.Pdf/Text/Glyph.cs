using ReportIngest.Extract.Pdf.Geometry;

namespace ReportIngest.Extract.Pdf.Text;

/// <summary>One printed character in upright page space; Box spans the advance width and the font's em height.</summary>
internal readonly record struct Glyph(string Value, Box Box, double Baseline, double Size)
{
    public bool IsCjk => Value.Length > 0 && Script.IsWide(Value[0]);
}
