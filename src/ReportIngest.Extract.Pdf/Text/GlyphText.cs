using System.Text;

namespace ReportIngest.Extract.Pdf.Text;

/// <summary>Builds text from positioned glyphs: spaces come from gaps, since CJK text carries no space glyphs.</summary>
internal static class GlyphText
{
    /// <summary>A gap wider than this share of the font size reads as a space.</summary>
    public const double SpaceGap = 0.28;

    /// <summary>Text of glyphs on one line, sorted left to right.</summary>
    public static string Compose(IReadOnlyList<Glyph> glyphs)
    {
        var sb = new StringBuilder(glyphs.Count + 4);
        for (var i = 0; i < glyphs.Count; i++)
        {
            var g = glyphs[i];
            if (i > 0)
            {
                var prev = glyphs[i - 1];
                var gap = g.Box.Left - prev.Box.Right;
                if (gap > SpaceGap * Math.Max(g.Size, prev.Size) || g.SpaceBefore && gap > -0.1 * g.Size) sb.Append(' ');
            }
            sb.Append(g.Value);
        }
        return sb.ToString();
    }

    /// <summary>Text of a block of lines, top to bottom: wrapped CJK lines join without a space, Latin with one.</summary>
    public static string ComposeLines(IReadOnlyList<GlyphLine> lines)
    {
        var text = "";
        foreach (var line in lines) text = Script.Join(text, line.Text);
        return text;
    }
}
