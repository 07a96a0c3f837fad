using ReportIngest.Extract.Ocr.Imaging;

namespace ReportIngest.Tests.Extract.Ocr;

/// <summary>Ruling lines and text pieces in a drawn image: a 2×2 grid at 300 dpi with a word in two cells.</summary>
public class RuleFinderTests
{
    private const int Dpi = 300;

    private static GrayImage Draw(Action<byte[], int> paint, int width = 900, int height = 500)
    {
        var pixels = Enumerable.Repeat((byte)255, width * height).ToArray();
        paint(pixels, width);
        return new GrayImage(width, height, pixels);
    }

    private static void Fill(byte[] pixels, int width, int left, int top, int right, int bottom, byte value = 0)
    {
        for (var y = top; y < bottom; y++)
            for (var x = left; x < right; x++)
                pixels[y * width + x] = value;
    }

    private static GrayImage Grid() => Draw((p, w) =>
    {
        foreach (var y in new[] { 50, 250, 450 }) Fill(p, w, 50, y, 851, y + 3);      // horizontal lines, 3 px
        foreach (var x in new[] { 50, 450, 850 }) Fill(p, w, x, 50, x + 2, 453);      // vertical lines, 2 px
        Fill(p, w, 100, 130, 130, 160); Fill(p, w, 136, 130, 166, 160);               // two "characters" in cell 1
        Fill(p, w, 700, 330, 720, 360);                                              // one in cell 4
        Fill(p, w, 300, 140, 340, 141);                                              // a stroke: too short for a line
    });

    [Fact]
    public void Long_thin_runs_are_lines_and_short_strokes_are_not()
    {
        var image = Grid();
        var (rules, _) = RuleFinder.Find(BitMask.Ink(image, InkThreshold.Of(image)), Dpi);

        var horizontal = rules.Where(r => r.IsHorizontal).OrderBy(r => r.Position).ToList();
        var vertical = rules.Where(r => !r.IsHorizontal).OrderBy(r => r.Position).ToList();
        Assert.Equal([51.0, 251.0, 451.0], horizontal.Select(r => r.Position));
        Assert.Equal([50.5, 450.5, 850.5], vertical.Select(r => r.Position));
        Assert.All(horizontal, r => Assert.Equal((50, 852), (r.Start, r.End)));   // to the far side of the right-hand line
    }

    [Fact]
    public void Text_is_cut_into_pieces_per_cell_with_the_lines_taken_out()
    {
        var image = Grid();
        var ink = BitMask.Ink(image, InkThreshold.Of(image));
        var (rules, mask) = RuleFinder.Find(ink, Dpi);
        var pieces = TextPieceFinder.Find(ink.Without(mask), rules, Dpi);

        Assert.Equal(3, pieces.Count);
        Assert.Contains(new PixelBox(100, 130, 166, 160), pieces);   // the two characters close together are one piece
        Assert.Contains(new PixelBox(700, 330, 720, 360), pieces);
        Assert.Contains(new PixelBox(300, 140, 340, 141), pieces);
    }

    [Fact]
    public void Letter_spaced_characters_are_one_piece_unless_a_line_runs_between()
    {
        var image = Draw((p, w) =>
        {
            Fill(p, w, 100, 100, 130, 130); Fill(p, w, 190, 100, 220, 130);             // 合　计: 60 px apart
            Fill(p, w, 100, 300, 130, 330); Fill(p, w, 190, 300, 220, 330);             // the same, with a line between
            Fill(p, w, 160, 260, 162, 380);
        });
        var ink = BitMask.Ink(image, InkThreshold.Of(image));
        var (rules, mask) = RuleFinder.Find(ink, Dpi);
        var pieces = TextPieceFinder.Find(ink.Without(mask), rules, Dpi);

        Assert.Contains(new PixelBox(100, 100, 220, 130), pieces);
        Assert.Contains(new PixelBox(100, 300, 130, 330), pieces);
        Assert.Contains(new PixelBox(190, 300, 220, 330), pieces);
    }
}
