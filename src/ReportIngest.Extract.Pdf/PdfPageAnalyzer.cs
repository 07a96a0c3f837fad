using ReportIngest.Core.Extraction;
using ReportIngest.Extract.Pdf.Geometry;
using ReportIngest.Extract.Pdf.Rulings;
using ReportIngest.Extract.Pdf.Scanned;
using ReportIngest.Extract.Pdf.Tables;
using ReportIngest.Extract.Pdf.Text;
using UglyToad.PdfPig.Content;

namespace ReportIngest.Extract.Pdf;

/// <summary>One page (born-digital or scanned) to elements: glyphs and rulings, ruled tables, then unruled tables in what text is left, then running lines.</summary>
internal static class PdfPageAnalyzer
{
    public static List<PageElement> Analyze(Page page)
    {
        var frame = GlyphReader.FrameOf(page);
        var glyphs = GlyphReader.Read(page.Letters, frame);
        var rulings = RulingMerger.Merge(RulingExtractor.Extract(page.Paths, frame));
        return Analyze(glyphs, rulings, frame, page.Number);
    }

    /// <summary>A scanned page: the words and lines read from its image go through the same detection.</summary>
    public static List<PageElement> Analyze(ScannedPage page, int number)
    {
        var frame = new PageFrame(ReadingDirection.LeftToRight, page.Width, page.Height);
        return Analyze(ScannedGlyphs.Read(page.Words), ScannedGlyphs.Rulings(page.Rules), frame, number, ScannedGlyphs.ReadingIn(page.Words));
    }

    private static List<PageElement> Analyze(List<Glyph> glyphs, List<Ruling> rulings, PageFrame frame, int number, Func<Box, (double? Confidence, IReadOnlyList<CellReading>? Readings)>? readingIn = null)
    {
        List<DetectedTable> tables;
        var untouched = glyphs.ToList();
        try
        {
            tables = DetectTables(glyphs, rulings);
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            // A page whose layout defeats table detection still yields its text.
            tables = [];
            glyphs = untouched;
        }

        var elements = new List<(double Top, double Left, PageElement Element)>();
        foreach (var table in tables)
            elements.Add((table.Box.Top, table.Box.Left, ToGrid(table, frame, number, readingIn)));
        foreach (var line in LineBuilder.Build(glyphs))
            elements.Add((line.Box.Top, line.Box.Left, new TextLine(line.Text) { Page = number }));
        return elements.OrderBy(e => e.Top).ThenBy(e => e.Left).Select(e => e.Element).ToList();
    }

    /// <summary>Tables on the page in upright space; the glyphs they take are removed from <paramref name="glyphs"/>.</summary>
    internal static List<DetectedTable> DetectTables(List<Glyph> glyphs, List<Ruling> rulings)
    {
        var tables = new List<DetectedTable>();
        foreach (var detected in LatticeDetector.Detect(rulings))
        {
            CellFiller.Fill(detected, glyphs);
            var table = UnruledRowSplitter.Split(detected, glyphs);
            if (TablePlausibility.IsPlausible(table)) tables.Add(table);
            else CellFiller.Release(table, glyphs);
        }
        tables.AddRange(StreamDetector.Detect(glyphs, rulings));
        return tables;
    }

    private static Grid ToGrid(DetectedTable table, PageFrame frame, int page, Func<Box, (double? Confidence, IReadOnlyList<CellReading>? Readings)>? readingIn)
    {
        var cells = table.Cells
            .OrderBy(c => c.Row).ThenBy(c => c.Col)
            .Select(c =>
            {
                var read = readingIn?.Invoke(c.Box);
                return new GridCell(c.Row, c.Col, c.Text, c.RowSpan, c.ColSpan) { Page = page, Box = frame.ToPdf(c.Box), Confidence = read?.Confidence, Readings = read?.Readings };
            })
            .ToList();
        return new Grid(cells, table.Mode) { Page = page, Box = frame.ToPdf(table.Box), Detection = TablePlausibility.Report(table) };
    }
}
