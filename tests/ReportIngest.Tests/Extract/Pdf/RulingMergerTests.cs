using ReportIngest.Extract.Pdf.Rulings;

namespace ReportIngest.Tests.Extract.Pdf;

public class RulingMergerTests
{
    [Fact]
    public void Dashes_of_one_line_become_one_ruling()
    {
        var dashes = Enumerable.Range(0, 20).Select(i => new Ruling(true, 100 + (i % 2) * 0.4, i * 6, i * 6 + 4));

        var merged = RulingMerger.Merge(dashes);

        var line = Assert.Single(merged);
        Assert.True(line.IsHorizontal);
        Assert.Equal(0, line.Start, 3);
        Assert.Equal(118, line.End, 3);
        Assert.InRange(line.Position, 100, 100.4);
    }

    [Fact]
    public void Overlapping_pieces_merge_but_a_real_gap_and_other_positions_stay_apart()
    {
        var rulings = new[]
        {
            new Ruling(false, 50, 0, 40),
            new Ruling(false, 50.5, 30, 80),     // overlaps the first: same line
            new Ruling(false, 50, 120, 160),     // 40 pt gap: a missing border, keep apart
            new Ruling(false, 90, 0, 80),        // another column rule
            new Ruling(true, 0, 50, 90),         // horizontals are merged separately
        };

        var merged = RulingMerger.Merge(rulings).Where(r => !r.IsHorizontal).OrderBy(r => Math.Round(r.Position / 10)).ThenBy(r => r.Start).ToList();

        Assert.Equal(3, merged.Count);
        Assert.Equal((0d, 80d), (merged[0].Start, merged[0].End));
        Assert.Equal((120d, 160d), (merged[1].Start, merged[1].End));
        Assert.Equal(90, merged[2].Position);
        Assert.InRange(merged[0].Position, 50, 50.5);
    }

    [Fact]
    public void Cell_border_rectangles_on_a_real_page_merge_into_table_wide_rules()
    {
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(Support.RepoPaths.CorpusFile("000.pdf"));
        var page = pdf.GetPage(7);
        var frame = new ReportIngest.Extract.Pdf.Geometry.PageFrame(ReportIngest.Extract.Pdf.Geometry.ReadingDirection.LeftToRight, page.MediaBox.Bounds.Right, page.MediaBox.Bounds.Top);

        var raw = RulingExtractor.Extract(page.Paths, frame);
        var merged = RulingMerger.Merge(raw);

        Assert.True(raw.Count > merged.Count);
        var horizontals = merged.Where(r => r.IsHorizontal).ToList();
        // 33 rows of the table: 34 horizontal rules, the top and bottom ones spanning the whole width.
        Assert.Equal(34, horizontals.Count);
        var width = horizontals.Max(r => r.End) - horizontals.Min(r => r.Start);
        Assert.Equal(width, horizontals.OrderBy(r => r.Position).First().Length, 1);
    }
}
