using System.Buffers;

namespace ReportIngest.Extract.Pdf.Text;

/// <summary>
/// The order every step reads a page's glyphs in: by baseline, then left edge, ties in drawing order. A page's
/// glyphs are sorted into it once and stamped with their rank, so the glyphs of a cell, a row or the text left
/// over, taken from the page in rank order, need no sorting of their own.
/// </summary>
internal static class GlyphOrder
{
    /// <summary>Sorts glyphs given in drawing order into reading order, in place, and stamps each with its rank.</summary>
    public static void Rank(Span<Glyph> glyphs)
    {
        var drawn = ArrayPool<Glyph>.Shared.Rent(glyphs.Length);
        glyphs.CopyTo(drawn);
        Rank(drawn.AsSpan(0, glyphs.Length), glyphs);
        ArrayPool<Glyph>.Shared.Return(drawn, clearArray: true);
    }

    /// <summary>Writes glyphs given in drawing order into <paramref name="sorted"/> in reading order, each stamped with its rank.</summary>
    public static void Rank(ReadOnlySpan<Glyph> drawn, Span<Glyph> sorted)
    {
        // Sorting small keys rather than the glyphs themselves: a key compares without copying a glyph.
        var keys = ArrayPool<Key>.Shared.Rent(drawn.Length);
        for (var i = 0; i < drawn.Length; i++) keys[i] = new Key(drawn[i].Baseline, drawn[i].Box.Left, i);
        keys.AsSpan(0, drawn.Length).Sort();
        for (var i = 0; i < drawn.Length; i++) sorted[i] = drawn[keys[i].Index] with { Rank = i };
        ArrayPool<Key>.Shared.Return(keys);
    }

    /// <summary>Baseline, then left edge, then drawing order: a total order, so equal positions keep their order.</summary>
    private readonly record struct Key(double Baseline, double Left, int Index) : IComparable<Key>
    {
        public int CompareTo(Key other)
        {
            var c = Baseline.CompareTo(other.Baseline);
            if (c != 0) return c;
            c = Left.CompareTo(other.Left);
            return c != 0 ? c : Index.CompareTo(other.Index);
        }
    }

    /// <summary>
    /// Sorts one line's glyphs left to right, equal left edges by rank. A line is nearly sorted already (only
    /// glyphs on slightly different baselines are out of place), so an insertion sort does it in one pass.
    /// </summary>
    public static void SortLeftToRight(Span<Glyph> line)
    {
        for (var i = 1; i < line.Length; i++)
        {
            var g = line[i];
            var j = i - 1;
            while (j >= 0 && IsRightOf(line[j], g))
            {
                line[j + 1] = line[j];
                j--;
            }
            line[j + 1] = g;
        }
    }

    private static bool IsRightOf(in Glyph a, in Glyph b)
    {
        var c = a.Box.Left.CompareTo(b.Box.Left);
        return c > 0 || c == 0 && a.Rank > b.Rank;
    }

    /// <summary>Glyphs of several cells, each in rank order, merged into the page's reading order.</summary>
    public static void SortByRank(Span<Glyph> glyphs) => glyphs.Sort(new ByRank());

    private readonly struct ByRank : IComparer<Glyph>
    {
        public int Compare(Glyph a, Glyph b) => a.Rank.CompareTo(b.Rank);
    }
}
