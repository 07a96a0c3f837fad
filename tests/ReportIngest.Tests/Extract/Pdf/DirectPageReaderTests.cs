using ReportIngest.Extract.Pdf.Reading;
using ReportIngest.Extract.Pdf.Text;
using ReportIngest.Tests.RealReports;
using ReportIngest.Tests.Support;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using Xunit.Abstractions;

namespace ReportIngest.Tests.Extract.Pdf;

/// <summary>
/// The direct content-stream reader must give, page for page, exactly the letters and painted paths PdfPig gives (the
/// same strings, the same coordinates to the last bit), or leave the page to PdfPig: table detection downstream sees
/// no difference between the two readers. The one value it may leave out is a glyph box the extraction never reads
/// (a deferred box of a letter upright on its page).
/// </summary>
public class DirectPageReaderTests(ITestOutputHelper output)
{
    [Fact]
    public void Corpus_and_fixture_pages_read_exactly_as_PdfPig_reads_them()
    {
        var files = Directory.EnumerateFiles(RepoPaths.Corpus, "*.pdf")
            .Concat(Directory.EnumerateFiles(RepoPaths.Fixtures, "*.pdf").Where(f => !Path.GetFileName(f).StartsWith("encrypted-password", StringComparison.Ordinal)));
        var tally = Compare(files);
        Assert.Empty(tally.Differences);
        Assert.True(tally.Pages >= 150, $"only {tally.Pages} pages compared");
        // The corpus is set in embedded composite fonts: their outline boxes are left unread (a PdfPig upgrade that
        // renamed what CompositeFont binds to would fail here rather than quietly read every outline again).
        Assert.True(CompositeFont.Available);
        Assert.True(tally.DeferredBoxes * 2 > tally.Letters, $"{tally.DeferredBoxes} of {tally.Letters} letters' boxes deferred");
        // Every born-digital corpus page is read directly; only the scanned fixtures' image pages have nothing to read.
        Assert.True(tally.LeftToPdfPig * 20 <= tally.Pages, $"{tally.LeftToPdfPig} of {tally.Pages} pages left to PdfPig");
    }

    [Fact]
    public void Composite_fonts_of_the_corpus_give_widths_and_codes_as_PdfPig_gives_them()
    {
        using var pdf = PdfDocument.Open(Path.Combine(RepoPaths.Corpus, "001.pdf"), new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        var fonts = pdf.GetPages().Take(5).SelectMany(p => p.Letters).Select(l => l.GetFont()).OfType<UglyToad.PdfPig.PdfFonts.IFont>()
            .Distinct(ReferenceEqualityComparer.Instance).Cast<UglyToad.PdfPig.PdfFonts.IFont>().ToList();
        var composites = fonts.Select(f => (Font: f, Composite: CompositeFont.For(f))).Where(f => f.Composite is not null).ToList();
        Assert.NotEmpty(composites);
        var random = new Random(16);
        foreach (var (font, composite) in composites)
        {
            Assert.True(composite!.TwoByteCodes, $"{font.Name} does not read two-byte codes");
            for (var code = 0; code < 0x10000; code += 7)
                Assert.Equal(font.GetBoundingBox(code).Width, composite.Width(code));
            // Strings of odd and even lengths read code for code as PdfPig's CMap reads them.
            for (var length = 1; length <= 9; length++)
            {
                var text = new byte[length];
                random.NextBytes(text);
                var (ours, theirs) = (new ByteRun().Over(text, 0, length), new ByteRun().Over(text, 0, length));
                while (theirs.MoveNext())
                {
                    Assert.True(ours.MoveNext());
                    var expected = font.ReadCharacterCode(theirs, out var expectedLength);
                    Assert.Equal((expected, expectedLength), CompositeFont.ReadTwoByteCode(ours));
                }
                Assert.False(ours.MoveNext());
            }
        }
    }

    [RealReportsFact]
    public void Real_report_pages_read_exactly_as_PdfPig_reads_them()
    {
        var tally = Compare(Directory.EnumerateFiles(RepoPaths.RealReports, "*.pdf"));
        Assert.Empty(tally.Differences);
        Assert.True(tally.LeftToPdfPig * 20 <= tally.Pages, $"{tally.LeftToPdfPig} of {tally.Pages} pages left to PdfPig");
    }

    [SharedFolderFact("icdar2013-eu")]
    public void Icdar_2013_pages_read_exactly_as_PdfPig_reads_them()
    {
        var tally = Compare(Directory.EnumerateFiles(Path.Combine(RepoPaths.Shared, "icdar2013-eu"), "*.pdf"));
        Assert.Empty(tally.Differences);
    }

    private sealed record Tally(int Pages, int LeftToPdfPig, List<string> Differences, int Letters, int DeferredBoxes);

    private Tally Compare(IEnumerable<string> files)
    {
        var (pages, left, differences, letters, deferred) = (0, 0, new List<string>(), 0, 0);
        var reasons = new Dictionary<string, int>();
        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            using var pdf = PdfDocument.Open(file, new ParsingOptions { UseLenientParsing = true, Password = "", ClipPaths = false, SkipMissingFonts = true });
            pdf.AddPageFactory<PageDrawing, DrawingPageFactory>();
            for (var n = 1; n <= pdf.NumberOfPages; n++)
            {
                pages++;
                var direct = pdf.GetPage<PageDrawing>(n);
                if (direct.UnreadBecause is { } reason)
                {
                    left++;
                    reasons[reason] = reasons.GetValueOrDefault(reason) + 1;
                    continue;
                }
                var expected = PageDrawing.Of(pdf.GetPage(n));
                letters += direct.Letters.Count;
                deferred += direct.Letters.Count(l => l.GlyphBoxDeferred);
                foreach (var difference in Differences(expected, direct).Take(3))
                    differences.Add($"{Path.GetFileName(file)} p{n}: {difference}");
            }
        }
        output.WriteLine($"{pages} pages, {left} left to PdfPig, {differences.Count} differences; {deferred} of {letters} letters' glyph boxes deferred");
        foreach (var (reason, count) in reasons) output.WriteLine($"  left to PdfPig: {reason} ({count})");
        foreach (var difference in differences.Take(20)) output.WriteLine("  " + difference);
        return new Tally(pages, left, differences, letters, deferred);
    }

    private static IEnumerable<string> Differences(PageDrawing expected, PageDrawing actual)
    {
        if (!Same(expected.MediaBox, actual.MediaBox)) yield return $"media box {actual.MediaBox} not {expected.MediaBox}";
        if (expected.Letters.Count != actual.Letters.Count) yield return $"{actual.Letters.Count} letters, not {expected.Letters.Count}";
        var frame = GlyphReader.FrameOf(expected);
        for (var i = 0; i < Math.Min(expected.Letters.Count, actual.Letters.Count); i++)
        {
            var (e, a) = (expected.Letters[i], actual.Letters[i]);
            if (e.Value != a.Value || !e.StartBaseLine.Equals(a.StartBaseLine) || !e.EndBaseLine.Equals(a.EndBaseLine)
                || !e.PointSize.Equals(a.PointSize) || !a.GlyphBoxDeferred && !Same(e.BoundingBox, a.BoundingBox))
                yield return $"letter {i}: '{a.Value}' {a.StartBaseLine}-{a.EndBaseLine} size {a.PointSize}, not '{e.Value}' {e.StartBaseLine}-{e.EndBaseLine} size {e.PointSize}";
            if (a.GlyphBoxDeferred && GlyphReader.UsesGlyphBox(in a, frame))
                yield return $"letter {i}: '{a.Value}' has its glyph box deferred, but the glyph reader reads it";
        }
        if (expected.Paths.Count != actual.Paths.Count) yield return $"{actual.Paths.Count} painted paths, not {expected.Paths.Count}";
        for (var i = 0; i < Math.Min(expected.Paths.Count, actual.Paths.Count); i++)
        {
            var (e, a) = (expected.Paths[i], actual.Paths[i]);
            var (described, expectedDescribed) = (Describe(actual, a), Describe(expected, e));
            if (e.IsStroked != a.IsStroked || e.IsFilled != a.IsFilled || described != expectedDescribed)
                yield return $"path {i}: {described} (stroked {a.IsStroked}, filled {a.IsFilled}), not {expectedDescribed} (stroked {e.IsStroked}, filled {e.IsFilled})";
        }
    }

    private static bool Same(PdfRectangle a, PdfRectangle b) =>
        a.TopLeft.Equals(b.TopLeft) && a.TopRight.Equals(b.TopRight) && a.BottomLeft.Equals(b.BottomLeft) && a.BottomRight.Equals(b.BottomRight);

    private static string Describe(PageDrawing page, PaintedPath path) =>
        string.Join(" ", page.CommandsOf(path).ToArray().Select(c => c.Step switch
        {
            PathStep.Move => $"M{c.To.X:R},{c.To.Y:R}",
            PathStep.Line => $"L{c.From.X:R},{c.From.Y:R},{c.To.X:R},{c.To.Y:R}",
            PathStep.Curve => $"C{c.From.X:R},{c.From.Y:R},{c.To.X:R},{c.To.Y:R},{c.Curve!.GetBoundingRectangle()}",
            _ => "Z",
        }));
}
