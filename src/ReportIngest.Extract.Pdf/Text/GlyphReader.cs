using ReportIngest.Extract.Pdf.Geometry;
using ReportIngest.Extract.Pdf.Reading;
using UglyToad.PdfPig.Content;

namespace ReportIngest.Extract.Pdf.Text;

/// <summary>Turns the letters a page draws into glyphs in upright page space, dropping blanks.</summary>
internal static class GlyphReader
{
    /// <summary>
    /// The direction most glyph baselines run. Measured rather than taken from the letters'
    /// orientation labels, which depend on how the page's /Rotate was applied.
    /// </summary>
    public static ReadingDirection DominantDirection(List<PageLetter> letters)
    {
        Span<int> counts = stackalloc int[4];
        foreach (var letter in letters)
        {
            if (IsBlank(letter.Value)) continue;
            var dx = letter.EndBaseLine.X - letter.StartBaseLine.X;
            var dy = letter.EndBaseLine.Y - letter.StartBaseLine.Y;
            if (dx == 0 && dy == 0) continue;
            var direction = Math.Abs(dx) >= Math.Abs(dy)
                ? dx > 0 ? ReadingDirection.LeftToRight : ReadingDirection.RightToLeft
                : dy > 0 ? ReadingDirection.Upwards : ReadingDirection.Downwards;
            counts[(int)direction]++;
        }
        var best = ReadingDirection.LeftToRight;
        for (var i = 0; i < counts.Length; i++)
            if (counts[i] > counts[(int)best]) best = (ReadingDirection)i;
        return best;
    }

    /// <summary>The upright frame of a page, from its media box and its dominant text direction.</summary>
    public static PageFrame FrameOf(PageDrawing page) => page.Frame;

    public static PageFrame FrameOf(List<PageLetter> letters, UglyToad.PdfPig.Core.PdfRectangle mediaBox) =>
        new(DominantDirection(letters), mediaBox.Right, mediaBox.Top);

    public static PageFrame FrameOf(Page page) => FrameOf(PageDrawing.Of(page));

    public static List<Glyph> Read(IReadOnlyList<Letter> letters, PageFrame frame) =>
        Read(letters.Select(PageLetter.Of).ToList(), frame, new List<Glyph>(letters.Count));

    /// <summary>The glyphs of the letters, added to <paramref name="glyphs"/> (an empty list reused from page to page).</summary>
    public static List<Glyph> Read(List<PageLetter> letters, PageFrame frame, List<Glyph> glyphs)
    {
        glyphs.EnsureCapacity(letters.Count);
        UglyToad.PdfPig.Core.PdfPoint? space = null;
        foreach (var letter in letters)
        {
            var value = letter.Value;
            if (IsBlank(value))
            {
                space = letter.StartBaseLine;
                continue;
            }
            // Word spaces drawn as glyphs are kept as a flag: their gap alone can be too narrow to see.
            var spaceBefore = space is { } s && Math.Abs(s.Y - letter.StartBaseLine.Y) < 0.3 * letter.PointSize && Math.Abs(s.X - letter.StartBaseLine.X) < 2 * letter.PointSize;
            space = null;

            var start = frame.ToView(letter.StartBaseLine.X, letter.StartBaseLine.Y);
            var end = frame.ToView(letter.EndBaseLine.X, letter.EndBaseLine.Y);
            var size = letter.PointSize > 0 ? letter.PointSize : Math.Max(letter.BoundingBox.Height, 1);
            double left, right, baseline;
            if (IsUpright(start, end))
            {
                // Upright in the page frame: advance runs along x.
                left = Math.Min(start.X, end.X);
                right = Math.Max(start.X, end.X);
                baseline = start.Y;
            }
            else
            {
                // Sideways within an upright page: keep its glyph box, so at least it lands in the right cell.
                var g = frame.ToView(letter.BoundingBox.Left, letter.BoundingBox.Bottom, letter.BoundingBox.Right, letter.BoundingBox.Top);
                glyphs.Add(new Glyph(value, g, g.Bottom, Math.Min(size, Math.Max(g.Width, 1)), spaceBefore, Sideways: true));
                continue;
            }
            if (right - left < 0.01) right = left + size * 0.5;
            glyphs.Add(new Glyph(value, new Box(left, baseline - size * 0.8, right, baseline + size * 0.2), baseline, size, spaceBefore));
        }
        return glyphs;
    }

    /// <summary>
    /// Whether <see cref="Read"/> reads the letter's glyph box: for a letter set sideways to the page's text, or one
    /// without a point size. Every other letter is placed by its baseline and size alone.
    /// </summary>
    public static bool UsesGlyphBox(in PageLetter letter, PageFrame frame)
    {
        if (IsBlank(letter.Value)) return false;
        if (letter.PointSize <= 0) return true;
        return !IsUpright(frame.ToView(letter.StartBaseLine.X, letter.StartBaseLine.Y), frame.ToView(letter.EndBaseLine.X, letter.EndBaseLine.Y));
    }

    private static bool IsBlank(string value) => string.IsNullOrWhiteSpace(value) || value == "\u00A0";

    /// <summary>Whether a baseline runs along x in the page frame (a glyph with no advance counts as upright).</summary>
    private static bool IsUpright((double X, double Y) start, (double X, double Y) end) => Math.Abs(end.Y - start.Y) <= Math.Abs(end.X - start.X) + 0.01;
}
