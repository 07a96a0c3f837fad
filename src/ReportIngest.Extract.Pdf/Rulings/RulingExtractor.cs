using ReportIngest.Extract.Pdf.Geometry;
using ReportIngest.Extract.Pdf.Reading;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics;

namespace ReportIngest.Extract.Pdf.Rulings;

/// <summary>
/// Finds ruling lines among the page's painted paths: stroked lines, the sides of stroked
/// rectangles (cell borders), thin filled rectangles (lines drawn as fills) and the pieces of
/// dashed lines, which <see cref="RulingMerger"/> joins up afterwards.
/// </summary>
internal static class RulingExtractor
{
    /// <summary>A filled shape thinner than this (points) is a line.</summary>
    private const double MaxLineThickness = 2.5;

    /// <summary>A segment this far off horizontal or vertical (points) still counts as axis-aligned.</summary>
    private const double Skew = 1.0;

    public static List<Ruling> Extract(IReadOnlyList<PdfPath> paths, PageFrame frame)
    {
        var page = PageDrawing.Of(paths);
        return Extract(page, frame, []);
    }

    /// <summary>The rulings of the page's painted paths, added to <paramref name="rulings"/> (an empty list reused from page to page).</summary>
    public static List<Ruling> Extract(PageDrawing page, PageFrame frame, List<Ruling> rulings)
    {
        foreach (var path in page.Paths)
        {
            if (!path.IsStroked && !path.IsFilled) continue;
            var commands = page.CommandsOf(path);
            for (var start = 0; start < commands.Length;)
            {
                var end = start + 1;
                while (end < commands.Length && commands[end].Step != PathStep.Move) end++;
                var subpath = commands[start..end];
                start = end;
                if (Bounds(subpath) is not { } bounds) continue;
                var box = frame.ToView(bounds.Left, bounds.Bottom, bounds.Right, bounds.Top);
                if (path.IsFilled && !path.IsStroked)
                {
                    AddFilled(box, rulings);
                    continue;
                }
                AddSegments(subpath, frame, rulings);
            }
        }
        return rulings;
    }

    /// <summary>A subpath's bounds as PdfPig's <c>PdfSubpath.GetBoundingRectangle</c> gives them: over its lines and curves, none without either.</summary>
    private static (double Left, double Bottom, double Right, double Top)? Bounds(ReadOnlySpan<PathCommand> subpath)
    {
        var (left, right, bottom, top) = (double.MaxValue, double.MinValue, double.MaxValue, double.MinValue);
        foreach (var command in subpath)
        {
            double l, r, b, t;
            switch (command.Step)
            {
                case PathStep.Line:
                    (l, r) = command.From.X < command.To.X ? (command.From.X, command.To.X) : (command.To.X, command.From.X);
                    (b, t) = command.From.Y < command.To.Y ? (command.From.Y, command.To.Y) : (command.To.Y, command.From.Y);
                    break;
                case PathStep.Curve when command.Curve!.GetBoundingRectangle() is { } curve:
                    (l, r, b, t) = (curve.Left, curve.Right, curve.Bottom, curve.Top);
                    break;
                default:
                    continue;
            }
            if (l < left) left = l;
            if (r > right) right = r;
            if (b < bottom) bottom = b;
            if (t > top) top = t;
        }
        if (left == double.MaxValue || right == double.MinValue || bottom == double.MaxValue || top == double.MinValue) return null;
        // The sides as PdfRectangle reports them for (left, bottom, right, top), ties included.
        return (left < right ? left : right, bottom < top ? bottom : top, right > left ? right : left, top > bottom ? top : bottom);
    }

    private static void AddFilled(Box box, List<Ruling> rulings)
    {
        if (box.Height <= MaxLineThickness && box.Width > box.Height)
            rulings.Add(new Ruling(true, box.CenterY, box.Left, box.Right));
        else if (box.Width <= MaxLineThickness && box.Height > box.Width)
            rulings.Add(new Ruling(false, box.CenterX, box.Top, box.Bottom));
        else if (box.Width <= MaxLineThickness && box.Height <= MaxLineThickness)
            return;
    }

    private static void AddSegments(ReadOnlySpan<PathCommand> subpath, PageFrame frame, List<Ruling> rulings)
    {
        PdfPoint? first = null, last = null;
        foreach (var command in subpath)
        {
            switch (command.Step)
            {
                case PathStep.Move:
                    first = last = command.To;
                    break;
                case PathStep.Line:
                    AddSegment(command.From, command.To, frame, rulings);
                    first ??= command.From;
                    last = command.To;
                    break;
                case PathStep.Close:
                    if (first is { } f && last is { } l) AddSegment(l, f, frame, rulings);
                    last = first;
                    break;
                case PathStep.Curve:
                    first ??= command.From;
                    last = command.To;
                    break;
            }
        }
    }

    private static void AddSegment(PdfPoint from, PdfPoint to, PageFrame frame, List<Ruling> rulings)
    {
        var a = frame.ToView(from.X, from.Y);
        var b = frame.ToView(to.X, to.Y);
        var dx = Math.Abs(a.X - b.X);
        var dy = Math.Abs(a.Y - b.Y);
        if (dy <= Skew && dx > dy)
            rulings.Add(new Ruling(true, (a.Y + b.Y) / 2, Math.Min(a.X, b.X), Math.Max(a.X, b.X)));
        else if (dx <= Skew && dy > dx)
            rulings.Add(new Ruling(false, (a.X + b.X) / 2, Math.Min(a.Y, b.Y), Math.Max(a.Y, b.Y)));
    }
}
