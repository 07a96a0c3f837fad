using ReportIngest.Extract.Pdf.Rulings;
using ReportIngest.Extract.Pdf.Text;

namespace ReportIngest.Extract.Pdf.Tables;

/// <summary>Finds unruled tables from text alignment.</summary>
internal static class StreamDetector
{
    public static List<DetectedTable> Detect(List<Glyph> glyphs, List<Ruling> rulings) => new();
}
