using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ReportIngest.Extract.Pdf.Text;

/// <summary>
/// A page's glyphs, sorted once into reading order (<see cref="GlyphOrder"/>), and which of them are still free:
/// table detection takes the glyphs of the tables it keeps and gives back those of tables it rejects; what stays
/// free is the page's running text.
/// </summary>
internal sealed class PageGlyphs
{
    private readonly List<Glyph> _glyphs;
    private readonly bool[] _taken;

    /// <param name="glyphs">The page's glyphs in drawing order; sorted and ranked in place.</param>
    public PageGlyphs(List<Glyph> glyphs)
    {
        GlyphOrder.Rank(CollectionsMarshal.AsSpan(glyphs));
        _glyphs = glyphs;
        _taken = new bool[glyphs.Count];
    }

    /// <summary>Every glyph of the page, taken or not, in reading order: glyph i has rank i.</summary>
    public ReadOnlySpan<Glyph> All => CollectionsMarshal.AsSpan(_glyphs);

    public bool IsFree(in Glyph glyph) => !_taken[glyph.Rank];

    public void Take(in Glyph glyph) => _taken[glyph.Rank] = true;

    public void Free(in Glyph glyph) => _taken[glyph.Rank] = false;

    public void FreeAll() => Array.Clear(_taken);

    /// <summary>Lines of the free glyphs; sideways ones left out unless asked for.</summary>
    public List<GlyphLine> FreeLines(bool sideways = true)
    {
        var all = All;
        var buffer = ArrayPool<Glyph>.Shared.Rent(Math.Max(1, all.Length));
        var count = 0;
        foreach (ref readonly var g in all)
            if (!_taken[g.Rank] && (sideways || !g.Sideways)) buffer[count++] = g;
        var lines = LineBuilder.BuildSorted(buffer.AsSpan(0, count));
        ArrayPool<Glyph>.Shared.Return(buffer, RuntimeHelpers.IsReferenceOrContainsReferences<Glyph>());
        return lines;
    }
}
