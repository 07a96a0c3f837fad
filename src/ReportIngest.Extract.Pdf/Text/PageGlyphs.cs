using System.Runtime.InteropServices;

namespace ReportIngest.Extract.Pdf.Text;

/// <summary>
/// A page's glyphs, sorted once into reading order (<see cref="GlyphOrder"/>), and which of them are still free:
/// table detection takes the glyphs of the tables it keeps and gives back those of tables it rejects; what stays
/// free is the page's running text. The glyphs of the page's lines and cells live in its <see cref="Arena"/>.
/// </summary>
internal sealed class PageGlyphs
{
    [ThreadStatic] private static PageGlyphs? t_scratch;

    private List<Glyph> _glyphs = [];
    private bool[] _taken = [];

    private PageGlyphs() { }

    /// <param name="glyphs">The page's glyphs in drawing order; sorted and ranked in place.</param>
    public PageGlyphs(List<Glyph> glyphs) => Load(glyphs);

    /// <summary>
    /// The thread's page, reused from one page to the next with its buffers: loading a page reclaims the lines and
    /// cells of the one before, so nothing built from a page may be kept once the next is loaded.
    /// </summary>
    public static PageGlyphs ForThisThread() => t_scratch ??= new PageGlyphs();

    public GlyphArena Arena { get; } = new();

    /// <summary>The list the previous page was loaded from, emptied, for reading the next page's glyphs into.</summary>
    public List<Glyph> RecycledList()
    {
        _glyphs.Clear();
        return _glyphs;
    }

    /// <param name="glyphs">The page's glyphs in drawing order; sorted and ranked in place, and kept.</param>
    public PageGlyphs Load(List<Glyph> glyphs)
    {
        GlyphOrder.Rank(CollectionsMarshal.AsSpan(glyphs));
        _glyphs = glyphs;
        if (_taken.Length < glyphs.Count) _taken = new bool[glyphs.Count];
        else Array.Clear(_taken, 0, glyphs.Count);
        Arena.Reset();
        return this;
    }

    /// <summary>Every glyph of the page, taken or not, in reading order: glyph i has rank i.</summary>
    public ReadOnlySpan<Glyph> All => CollectionsMarshal.AsSpan(_glyphs);

    public bool IsFree(in Glyph glyph) => !_taken[glyph.Rank];

    public void Take(in Glyph glyph) => _taken[glyph.Rank] = true;

    public void Free(in Glyph glyph) => _taken[glyph.Rank] = false;

    public void FreeAll() => Array.Clear(_taken, 0, _glyphs.Count);

    /// <summary>Lines of the free glyphs; sideways ones left out unless asked for.</summary>
    public List<GlyphLine> FreeLines(bool sideways = true)
    {
        var all = All;
        var count = 0;
        foreach (ref readonly var g in all)
            if (!_taken[g.Rank] && (sideways || !g.Sideways)) count++;
        var run = Arena.Allocate(count);
        var n = 0;
        foreach (ref readonly var g in all)
            if (!_taken[g.Rank] && (sideways || !g.Sideways)) run[n++] = g;
        return LineBuilder.BuildInPlace(run);
    }
}
