using ReportIngest.Extract.Pdf.Text;

namespace ReportIngest.Extract.Pdf.Tables.Forms;

/// <summary>
/// Joins the wrapped lines of one form cell into a block. Two phrases stack when the lower one
/// sits just under the upper one (tight leading) in the same horizontal range. Two neighbouring
/// columns that both wrap at the same lines would read as two table rows, so then a third phrase
/// centred between the two lines is needed to prove they are one row.
/// </summary>
internal static class FormBlockBuilder
{
    /// <summary>Widest gap between wrapped lines of one cell, as a share of the font size.</summary>
    private const double MaxLeading = 0.45;

    /// <summary>How far from either line a phrase's centre must be to count as centred between them.</summary>
    private const double CentredMargin = 0.2;

    public static List<FormBlock> Build(StreamZone zone)
    {
        var phrases = new List<(GlyphLine Phrase, int Line)>();
        for (var i = 0; i < zone.Segments.Count; i++)
            foreach (var segment in zone.Segments[i])
                phrases.Add((segment, i));

        // Sorted by top, the phrases under one are found by scanning forward until the wrapping distance.
        phrases.Sort((x, y) => x.Phrase.Box.Top.CompareTo(y.Phrase.Box.Top));
        var sets = new DisjointSet(phrases.Count);
        for (var a = 0; a < phrases.Count; a++)
        {
            var below = Below(phrases, a);
            if (below >= 0 && IsOneCell(zone, phrases, a, below)) sets.Union(a, below);
        }
        return Enumerable.Range(0, phrases.Count)
            .GroupBy(sets.Find)
            .Select(g => new FormBlock(g.Select(k => phrases[k].Phrase).OrderBy(p => p.Box.Top).ToList()))
            .ToList();
    }

    /// <summary>The nearest phrase under phrase a that overlaps it horizontally, if it lies within wrapping distance.</summary>
    private static int Below(List<(GlyphLine Phrase, int Line)> phrases, int a)
    {
        var upper = phrases[a].Phrase;
        for (var b = a + 1; b < phrases.Count; b++)
        {
            var lower = phrases[b].Phrase;
            if (lower.Box.Top - upper.Box.Bottom > MaxLeading * Math.Max(upper.Size, lower.Size)) return -1;
            if (phrases[b].Line == phrases[a].Line || lower.Box.Top <= upper.Box.Top) continue;
            if (upper.Box.HorizontalOverlap(lower.Box) > 0) return b;
        }
        return -1;
    }

    private static bool IsOneCell(StreamZone zone, List<(GlyphLine Phrase, int Line)> phrases, int a, int b) =>
        !HasParallelColumn(zone, phrases[a].Phrase, phrases[a].Line, phrases[b].Phrase, phrases[b].Line) || HasCentredNeighbour(phrases, a, b);

    /// <summary>Another column has one phrase on each of the two lines: the lines look like two rows.</summary>
    private static bool HasParallelColumn(StreamZone zone, GlyphLine upper, int upperLine, GlyphLine lower, int lowerLine)
    {
        foreach (var r in zone.Segments[upperLine])
        {
            if (ReferenceEquals(r, upper) || r.Box.HorizontalOverlap(upper.Box) > 0) continue;
            foreach (var s in zone.Segments[lowerLine])
                if (!ReferenceEquals(s, lower) && s.Box.HorizontalOverlap(r.Box) > 0) return true;
        }
        return false;
    }

    /// <summary>A phrase elsewhere is vertically centred between the two lines and overlaps both.</summary>
    private static bool HasCentredNeighbour(List<(GlyphLine Phrase, int Line)> phrases, int a, int b)
    {
        var upper = phrases[a].Phrase;
        var lower = phrases[b].Phrase;
        var margin = CentredMargin * Math.Max(upper.Size, lower.Size);
        foreach (var (t, line) in phrases)
        {
            if (line == phrases[a].Line || line == phrases[b].Line) continue;
            var c = t.Box.CenterY;
            if (c > upper.Box.CenterY + margin && c < lower.Box.CenterY - margin &&
                t.Box.VerticalOverlap(upper.Box) > 0 && t.Box.VerticalOverlap(lower.Box) > 0)
                return true;
        }
        return false;
    }
}
