namespace ReportIngest.Extract.Pdf.Text;

/// <summary>Groups glyphs into lines by baseline; sorting makes it O(n log n) in the glyph count.</summary>
internal static class LineBuilder
{
    /// <summary>Baselines closer than this share of the font size are one line.</summary>
    private const double BaselineTolerance = 0.35;

    public static List<GlyphLine> Build(IEnumerable<Glyph> glyphs)
    {
        var sorted = glyphs.ToList();
        sorted.Sort(static (a, b) => a.Baseline != b.Baseline ? a.Baseline.CompareTo(b.Baseline) : a.Box.Left.CompareTo(b.Box.Left));
        var lines = new List<GlyphLine>();
        var current = new List<Glyph>();
        double anchor = 0;
        foreach (var g in sorted)
        {
            if (current.Count > 0 && g.Baseline - anchor > BaselineTolerance * g.Size)
            {
                lines.Add(Finish(current));
                current = new List<Glyph>();
            }
            if (current.Count == 0) anchor = g.Baseline;
            current.Add(g);
        }
        if (current.Count > 0) lines.Add(Finish(current));
        return lines;
    }

    /// <summary>Splits a line where the gap between neighbours exceeds <paramref name="gapInEm"/> of the font size.</summary>
    public static List<GlyphLine> Split(GlyphLine line, double gapInEm)
    {
        var parts = new List<GlyphLine>();
        var current = new List<Glyph>();
        foreach (var g in line.Glyphs)
        {
            if (current.Count > 0)
            {
                var prev = current[^1];
                if (g.Box.Left - prev.Box.Right > gapInEm * Math.Max(g.Size, prev.Size))
                {
                    parts.Add(new GlyphLine(current));
                    current = new List<Glyph>();
                }
            }
            current.Add(g);
        }
        if (current.Count > 0) parts.Add(new GlyphLine(current));
        return parts;
    }

    private static GlyphLine Finish(List<Glyph> glyphs)
    {
        glyphs.Sort((a, b) => a.Box.Left.CompareTo(b.Box.Left));
        RemoveOverprint(glyphs);
        return new GlyphLine(glyphs);
    }

    /// <summary>Fake bold draws each glyph twice at a small offset; keep one.</summary>
    private static void RemoveOverprint(List<Glyph> glyphs)
    {
        var w = 0;
        for (var i = 0; i < glyphs.Count; i++)
        {
            if (w > 0)
            {
                var prev = glyphs[w - 1];
                var g = glyphs[i];
                if (prev.Value == g.Value && Math.Abs(prev.Box.Left - g.Box.Left) < 0.3 * g.Size * 0.5 && Math.Abs(prev.Baseline - g.Baseline) < 0.1 * g.Size)
                    continue;
            }
            glyphs[w++] = glyphs[i];
        }
        glyphs.RemoveRange(w, glyphs.Count - w);
    }
}
