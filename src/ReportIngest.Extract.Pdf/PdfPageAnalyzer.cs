using ReportIngest.Core.Extraction;
using ReportIngest.Extract.Pdf.Geometry;
using ReportIngest.Extract.Pdf.Reading;
using ReportIngest.Extract.Pdf.Rulings;
using ReportIngest.Extract.Pdf.Scanned;
using ReportIngest.Extract.Pdf.Tables;
using ReportIngest.Extract.Pdf.Text;
using UglyToad.PdfPig.Content;

namespace ReportIngest.Extract.Pdf;

/// <summary>One page (born-digital or scanned) to elements: glyphs and rulings, ruled tables, then unruled tables in what text is left, then running lines.</summary>
internal static class PdfPageAnalyzer
{
    /// <summary>The line pieces a page draws, before they are merged into rulings: a list reused from page to page.</summary>
    [ThreadStatic] private static List<Ruling>? t_drawnRulings;

    public static List<PageElement> Analyze(Page page) => Analyze(PageDrawing.Of(page));

    public static List<PageElement> Analyze(PageDrawing page)
    {
        var frame = GlyphReader.FrameOf(page);
        var glyphs = GlyphReader.Read(page.Letters, frame, PageGlyphs.ForThisThread().RecycledList());
        var drawn = t_drawnRulings ??= [];
        drawn.Clear();
        var rulings = RulingMerger.Merge(RulingExtractor.Extract(page, frame, drawn));
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
        var page = PageGlyphs.ForThisThread().Load(glyphs);
        List<DetectedTable> tables;
        try
        {
            tables = DetectTables(page, rulings);
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            // A page whose layout defeats table detection still yields its text.
            tables = [];
            page.FreeAll();
        }

        var lines = page.FreeLines();
        var elements = new PlacedElement[tables.Count + lines.Count];
        var n = 0;
        foreach (var table in tables)
            elements[n] = new PlacedElement(table.Box.Top, table.Box.Left, n++, ToGrid(table, frame, number, readingIn));
        foreach (var line in lines)
            elements[n] = new PlacedElement(line.Box.Top, line.Box.Left, n++, new TextLine(line.Text) { Page = number });
        Array.Sort(elements, new TopThenLeft());
        var result = new List<PageElement>(elements.Length);
        foreach (var e in elements) result.Add(e.Element);
        return result;
    }

    private readonly record struct PlacedElement(double Top, double Left, int Index, PageElement Element);

    /// <summary>Top, then left, then the order found (tables before lines): the order a stable sort keeps.</summary>
    private readonly struct TopThenLeft : IComparer<PlacedElement>
    {
        public int Compare(PlacedElement a, PlacedElement b)
        {
            var c = a.Top.CompareTo(b.Top);
            if (c != 0) return c;
            c = a.Left.CompareTo(b.Left);
            return c != 0 ? c : a.Index.CompareTo(b.Index);
        }
    }

    /// <summary>Tables on the page in upright space; the glyphs they take are taken from <paramref name="page"/>.</summary>
    internal static List<DetectedTable> DetectTables(PageGlyphs page, List<Ruling> rulings)
    {
        var tables = new List<DetectedTable>();
        foreach (var detected in LatticeDetector.Detect(rulings))
        {
            CellFiller.Fill(detected, page);
            var table = UnruledRowSplitter.Split(detected, page);
            if (TablePlausibility.IsPlausible(table)) tables.Add(table);
            else CellFiller.Release(table, page);
        }
        tables.AddRange(StreamDetector.Detect(page, rulings));
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
