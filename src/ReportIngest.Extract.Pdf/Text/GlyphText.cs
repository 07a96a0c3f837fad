using System.Buffers;

namespace ReportIngest.Extract.Pdf.Text;

/// <summary>Builds text from positioned glyphs: spaces come from gaps, since CJK text carries no space glyphs.</summary>
internal static class GlyphText
{
    /// <summary>A gap wider than this share of the font size reads as a space.</summary>
    public const double SpaceGap = 0.28;

    /// <summary>Text of glyphs on one line, sorted left to right.</summary>
    public static string Compose(ReadOnlySpan<Glyph> glyphs)
    {
        var capacity = 0;
        foreach (ref readonly var g in glyphs) capacity += g.Value.Length + 1;
        char[]? rented = null;
        var chars = capacity <= 256 ? stackalloc char[256] : rented = ArrayPool<char>.Shared.Rent(capacity);
        var length = 0;
        for (var i = 0; i < glyphs.Length; i++)
        {
            ref readonly var g = ref glyphs[i];
            if (i > 0)
            {
                ref readonly var prev = ref glyphs[i - 1];
                var gap = g.Box.Left - prev.Box.Right;
                if (gap > SpaceGap * Math.Max(g.Size, prev.Size) || g.SpaceBefore && gap > -0.1 * g.Size) chars[length++] = ' ';
            }
            g.Value.CopyTo(chars[length..]);
            length += g.Value.Length;
        }
        var text = new string(chars[..length]);
        if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        return text;
    }

    /// <summary>Text of a block of lines, top to bottom: wrapped CJK lines join without a space, Latin with one.</summary>
    public static string ComposeLines(IReadOnlyList<GlyphLine> lines)
    {
        var text = "";
        foreach (var line in lines) text = Script.Join(text, line.Text);
        return text;
    }
}
