namespace ReportIngest.Extract.Pdf.Text;

/// <summary>Groups glyphs into lines by baseline, one pass over glyphs in reading order (<see cref="GlyphOrder"/>).</summary>
internal static class LineBuilder
{
    /// <summary>Baselines closer than this share of the font size are one line.</summary>
    private const double BaselineTolerance = 0.35;

    /// <summary>Lines of glyphs in any order, ranked in the order given (tools and tests; a page's glyphs are ranked once).</summary>
    public static List<GlyphLine> Build(IEnumerable<Glyph> glyphs)
    {
        var ranked = glyphs.ToArray();
        GlyphOrder.Rank(ranked);
        return BuildInPlace(ranked);
    }

    /// <summary>Lines of glyphs already in reading order, such as any of a page's glyphs taken in rank order.</summary>
    public static List<GlyphLine> BuildSorted(ReadOnlySpan<Glyph> glyphs, GlyphArena arena)
    {
        var run = arena.Allocate(glyphs.Length);
        glyphs.CopyTo(run);
        return BuildInPlace(run);
    }

    /// <summary>Lines of glyphs in reading order, each line a part of the run: sorted left to right and rid of overprints in place.</summary>
    public static List<GlyphLine> BuildInPlace(ArraySegment<Glyph> run)
    {
        var lines = new List<GlyphLine>();
        if (run.Count == 0) return lines;
        var buffer = run.Array!;
        var end = run.Offset + run.Count;
        var start = run.Offset;
        var anchor = buffer[start].Baseline;
        for (var i = start + 1; i <= end; i++)
        {
            if (i < end && !(buffer[i].Baseline - anchor > BaselineTolerance * buffer[i].Size)) continue;
            lines.Add(Finish(buffer, start, i - start));
            if (i < end) (start, anchor) = (i, buffer[i].Baseline);
        }
        return lines;
    }

    /// <summary>Splits a line where the gap between neighbours exceeds <paramref name="gapInEm"/> of the font size.</summary>
    public static List<GlyphLine> Split(GlyphLine line, double gapInEm)
    {
        var parts = new List<GlyphLine>();
        var glyphs = line.Glyphs;
        var start = 0;
        for (var i = 1; i < glyphs.Length; i++)
        {
            var prev = glyphs[i - 1];
            var g = glyphs[i];
            if (!(g.Box.Left - prev.Box.Right > gapInEm * Math.Max(g.Size, prev.Size))) continue;
            parts.Add(line.Slice(start, i - start));
            start = i;
        }
        if (glyphs.Length > 0) parts.Add(start == 0 ? line : line.Slice(start, glyphs.Length - start));
        return parts;
    }

    private static GlyphLine Finish(Glyph[] buffer, int start, int count)
    {
        var glyphs = buffer.AsSpan(start, count);
        GlyphOrder.SortLeftToRight(glyphs);
        return new GlyphLine(buffer, start, RemoveOverprint(glyphs));
    }

    /// <summary>Fake bold draws each glyph twice at a small offset; keep one. Returns how many glyphs are kept.</summary>
    private static int RemoveOverprint(Span<Glyph> glyphs)
    {
        var w = 0;
        for (var i = 0; i < glyphs.Length; i++)
        {
            if (w > 0)
            {
                ref readonly var prev = ref glyphs[w - 1];
                ref readonly var g = ref glyphs[i];
                if (prev.Value == g.Value && Math.Abs(prev.Box.Left - g.Box.Left) < 0.3 * g.Size * 0.5 && Math.Abs(prev.Baseline - g.Baseline) < 0.1 * g.Size)
                    continue;
            }
            glyphs[w++] = glyphs[i];
        }
        return w;
    }
}
