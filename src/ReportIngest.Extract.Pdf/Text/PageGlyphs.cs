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

    private List<Glyph> _drawn = [];
    private Glyph[] _sorted = [];
    private int _count;
    private bool[] _taken = [];

    /// <summary>The least and the most a glyph's centre lies above its baseline on this page.</summary>
    private double _minRise, _maxRise;

    private PageGlyphs() { }

    /// <param name="glyphs">The page's glyphs in drawing order.</param>
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
        _drawn.Clear();
        return _drawn;
    }

    /// <param name="glyphs">The page's glyphs in drawing order; kept for <see cref="RecycledList"/>.</param>
    public PageGlyphs Load(List<Glyph> glyphs)
    {
        var previous = _count;
        _drawn = glyphs;
        _count = glyphs.Count;
        if (_sorted.Length < _count) (_sorted, _taken) = (new Glyph[_count], new bool[_count]);
        else
        {
            // The previous page's glyphs past this page's end would keep its strings alive.
            if (previous > _count) Array.Clear(_sorted, _count, previous - _count);
            Array.Clear(_taken, 0, _count);
        }
        GlyphOrder.Rank(CollectionsMarshal.AsSpan(glyphs), _sorted);
        (_minRise, _maxRise) = (0, 0);
        foreach (ref readonly var g in All)
        {
            var rise = g.Baseline - g.Box.CenterY;
            (_minRise, _maxRise) = (Math.Min(_minRise, rise), Math.Max(_maxRise, rise));
        }
        Arena.Reset();
        return this;
    }

    /// <summary>Every glyph of the page, taken or not, in reading order: glyph i has rank i.</summary>
    public ReadOnlySpan<Glyph> All => _sorted.AsSpan(0, _count);

    /// <summary>
    /// The glyphs whose centre may lie between <paramref name="top"/> and <paramref name="bottom"/>: the run of
    /// <see cref="All"/> whose baselines are near enough, found by bisection (a point more on either side, for rounding).
    /// </summary>
    public ReadOnlySpan<Glyph> Band(double top, double bottom)
    {
        var first = FirstWithBaselineFrom(top + _minRise - 1);
        var end = FirstWithBaselineFrom(bottom + _maxRise + 1, first, strictlyAfter: true);
        return All[first..end];
    }

    private int FirstWithBaselineFrom(double y, int lo = 0, bool strictlyAfter = false)
    {
        var hi = _count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            var baseline = _sorted[mid].Baseline;
            if (baseline < y || strictlyAfter && baseline == y) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    public bool IsFree(in Glyph glyph) => !_taken[glyph.Rank];

    public void Take(in Glyph glyph) => _taken[glyph.Rank] = true;

    public void Free(in Glyph glyph) => _taken[glyph.Rank] = false;

    public void FreeAll() => Array.Clear(_taken, 0, _count);

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
