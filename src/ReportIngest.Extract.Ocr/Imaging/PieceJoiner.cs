namespace ReportIngest.Extract.Ocr.Imaging;

/// <summary>Joins pieces that profile cutting split but that are one character or one heading.</summary>
internal static class PieceJoiner
{
    /// <summary>At most this many character heights between the characters of a letter-spaced heading.</summary>
    private const double LetterSpacing = 2.5;

    /// <summary>Parts stacked closer than this share of the character height are one character (小, 二, a broken 7).</summary>
    private const double StackedGapShare = 0.25;

    /// <summary>Parts of one character together are no taller than the page's tall characters, with this allowance.</summary>
    private const double StackedHeightAllowance = 1.15;

    /// <summary>
    /// A character whose strokes do not touch from top to bottom (小: the hook apart from the dots) is cut into
    /// pieces one above the other; joined while together they are no taller than a character of the page.
    /// </summary>
    public static List<PixelBox> JoinStacked(List<PixelBox> pieces)
    {
        if (pieces.Count < 2) return pieces;
        var heights = pieces.Select(p => p.Height).Order().ToList();
        var character = heights[(int)(0.9 * (heights.Count - 1))];
        var result = pieces.OrderBy(p => p.Top).ToList();
        for (var changed = true; changed;)
        {
            changed = false;
            for (var i = 0; i < result.Count && !changed; i++)
                for (var j = i + 1; j < result.Count && !changed; j++)
                {
                    var (upper, lower) = result[i].Top <= result[j].Top ? (result[i], result[j]) : (result[j], result[i]);
                    var overlap = Math.Min(upper.Right, lower.Right) - Math.Max(upper.Left, lower.Left);
                    if (overlap < 0.5 * Math.Min(upper.Width, lower.Width)) continue;
                    if (lower.Top - upper.Bottom > StackedGapShare * character || lower.Top < upper.Bottom) continue;
                    var joined = Union(upper, lower);
                    if (joined.Height > StackedHeightAllowance * character) continue;
                    result[i] = joined;
                    result.RemoveAt(j);
                    changed = true;
                }
        }
        return result;
    }

    /// <summary>
    /// Headings printed letter-spaced (合　计, 收　入, 单 位 资 金) come apart into one piece per character, and a
    /// lone Chinese character is what Tesseract misreads most: neighbouring single-character pieces on one line
    /// with no ruling between are read as one piece.
    /// </summary>
    public static List<PixelBox> JoinLetterSpaced(List<PixelBox> pieces, IReadOnlyList<PixelRule> verticals)
    {
        var result = new List<PixelBox>();
        var spacedRuns = new List<bool>(); // whether result[k] is one character or letter-spaced characters
        foreach (var piece in pieces.OrderBy(p => p.Left))
        {
            var single = IsOneCharacter(piece);
            var k = -1;
            for (var i = 0; single && i < result.Count && k < 0; i++)
                if (spacedRuns[i] && Follows(result[i], piece, verticals)) k = i;
            if (k >= 0 && !pieces.Any(p => p != piece && SameLine(p, piece) && p.Left >= result[k].Right && p.Right <= piece.Left))
            {
                result[k] = Union(result[k], piece);
                continue;
            }
            result.Add(piece);
            spacedRuns.Add(single);
        }
        return result;
    }

    private static bool Follows(PixelBox run, PixelBox piece, IReadOnlyList<PixelRule> verticals) =>
        SameLine(run, piece) && piece.Left >= run.Right && piece.Left - run.Right <= LetterSpacing * piece.Height
        && !verticals.Any(r => r.Position > run.Right && r.Position < piece.Left && r.Start < piece.Bottom && r.End > piece.Top);

    private static bool SameLine(PixelBox a, PixelBox b) =>
        Math.Min(a.Bottom, b.Bottom) - Math.Max(a.Top, b.Top) >= 0.6 * Math.Min(a.Height, b.Height);

    /// <summary>About as wide as it is tall (目 and 日 are narrow): one Chinese character, not a word or a number.</summary>
    private static bool IsOneCharacter(PixelBox piece) => piece.Width <= 1.3 * piece.Height && piece.Width >= 0.5 * piece.Height;

    private static PixelBox Union(PixelBox a, PixelBox b) =>
        new(Math.Min(a.Left, b.Left), Math.Min(a.Top, b.Top), Math.Max(a.Right, b.Right), Math.Max(a.Bottom, b.Bottom));
}
