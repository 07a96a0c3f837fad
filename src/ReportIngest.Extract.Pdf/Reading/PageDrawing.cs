using System.Collections.Concurrent;
using ReportIngest.Extract.Pdf.Geometry;
using ReportIngest.Extract.Pdf.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics;

namespace ReportIngest.Extract.Pdf.Reading;

/// <summary>
/// What one page draws that the extraction reads: its characters and painted paths, and its media box. Read by
/// <see cref="DrawingPageFactory"/> straight from the content stream, or taken from a PdfPig <see cref="Page"/> where
/// that reader stands aside.
/// </summary>
internal sealed class PageDrawing
{
    public PageDrawing(int number, PdfRectangle mediaBox, List<PageLetter> letters, List<PaintedPath> paths, List<PathCommand> pathCommands)
    {
        Number = number;
        MediaBox = mediaBox;
        Letters = letters;
        Paths = paths;
        PathCommands = pathCommands;
    }

    public int Number { get; }

    public PdfRectangle MediaBox { get; }

    public List<PageLetter> Letters { get; }

    public List<PaintedPath> Paths { get; }

    /// <summary>The commands of all painted paths, each path a run of them.</summary>
    public List<PathCommand> PathCommands { get; }

    private PageFrame? _frame;

    /// <summary>
    /// The page's upright frame (its media box turned to the dominant direction of its text), computed once: the reader
    /// needs it to decide which glyph boxes to look up, the analysis to place everything.
    /// </summary>
    public PageFrame Frame => _frame ??= GlyphReader.FrameOf(Letters, MediaBox);

    /// <summary>The commands of one painted path.</summary>
    public ReadOnlySpan<PathCommand> CommandsOf(PaintedPath path) =>
        System.Runtime.InteropServices.CollectionsMarshal.AsSpan(PathCommands).Slice(path.FirstCommand, path.CommandCount);

    /// <summary>Set where the direct reader left the page to PdfPig: what in its content it does not follow.</summary>
    public string? UnreadBecause { get; private init; }

    public static PageDrawing Unread(int number, string reason) => new(number, default, [], [], []) { UnreadBecause = reason };

    /// <summary>
    /// Emptied letter and path lists of pages already analysed, kept for the next pages: a page's letter list grows to
    /// tens of kilobytes (past the large object heap's threshold on dense pages), which every page would allocate again.
    /// </summary>
    private static readonly ConcurrentBag<(List<PageLetter> Letters, List<PaintedPath> Paths, List<PathCommand> Commands)> s_spareLists = [];

    private const int MaxSpareLists = 8;

    /// <summary>Empty lists for a page's letters and paths, reused from pages already recycled where there are any.</summary>
    public static (List<PageLetter> Letters, List<PaintedPath> Paths, List<PathCommand> Commands) RentLists() =>
        s_spareLists.TryTake(out var lists) ? lists : ([], [], []);

    /// <summary>Gives this page's lists back for later pages, once nothing reads the page any more.</summary>
    public void Recycle()
    {
        if (s_spareLists.Count >= MaxSpareLists) return;
        Letters.Clear();
        Paths.Clear();
        PathCommands.Clear();
        s_spareLists.Add((Letters, Paths, PathCommands));
    }

    public static PageDrawing Of(Page page)
    {
        var letters = new List<PageLetter>(page.Letters.Count);
        foreach (var letter in page.Letters) letters.Add(PageLetter.Of(letter));
        var (paths, commands) = PathsOf(page.Paths);
        return new PageDrawing(page.Number, page.MediaBox.Bounds, letters, paths, commands);
    }

    /// <summary>PdfPig's painted paths alone, as a page without letters.</summary>
    public static PageDrawing Of(IReadOnlyList<PdfPath> pdfPaths)
    {
        var (paths, commands) = PathsOf(pdfPaths);
        return new PageDrawing(0, default, [], paths, commands);
    }

    private static (List<PaintedPath> Paths, List<PathCommand> Commands) PathsOf(IReadOnlyList<PdfPath> pdfPaths)
    {
        var paths = new List<PaintedPath>();
        var commands = new List<PathCommand>();
        foreach (var path in pdfPaths)
        {
            if (!path.IsStroked && !path.IsFilled) continue;
            var first = commands.Count;
            foreach (var subpath in path)
            {
                foreach (var command in subpath.Commands)
                {
                    commands.Add(command switch
                    {
                        PdfSubpath.Move move => PathCommand.MoveTo(move.Location),
                        PdfSubpath.Line line => PathCommand.LineTo(line.From, line.To),
                        PdfSubpath.BezierCurve curve => PathCommand.CurveTo(curve),
                        _ => PathCommand.Close,
                    });
                }
            }
            paths.Add(new PaintedPath(first, commands.Count - first, path.IsStroked, path.IsFilled));
        }
        return (paths, commands);
    }
}
