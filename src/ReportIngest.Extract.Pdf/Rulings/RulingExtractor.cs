using ReportIngest.Extract.Pdf.Geometry;
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

    public static List<Ruling> Extract(IReadOnlyList<PdfPath> paths, PageFrame frame) => Extract(paths, frame, []);

    /// <summary>The rulings of the paths, added to <paramref name="rulings"/> (an empty list reused from page to page).</summary>
    public static List<Ruling> Extract(IReadOnlyList<PdfPath> paths, PageFrame frame, List<Ruling> rulings)
    {
        foreach (var path in paths)
        {
            if (path.IsClipping && !path.IsStroked && !path.IsFilled) continue;
            if (!path.IsStroked && !path.IsFilled) continue;
            foreach (var subpath in path)
            {
                var bounds = subpath.GetBoundingRectangle();
                if (bounds is null) continue;
                var box = frame.ToView(bounds.Value.Left, bounds.Value.Bottom, bounds.Value.Right, bounds.Value.Top);
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

    private static void AddFilled(Box box, List<Ruling> rulings)
    {
        if (box.Height <= MaxLineThickness && box.Width > box.Height)
            rulings.Add(new Ruling(true, box.CenterY, box.Left, box.Right));
        else if (box.Width <= MaxLineThickness && box.Height > box.Width)
            rulings.Add(new Ruling(false, box.CenterX, box.Top, box.Bottom));
        else if (box.Width <= MaxLineThickness && box.Height <= MaxLineThickness)
            return;
    }

    private static void AddSegments(PdfSubpath subpath, PageFrame frame, List<Ruling> rulings)
    {
        PdfPoint? first = null, last = null;
        foreach (var command in subpath.Commands)
        {
            switch (command)
            {
                case PdfSubpath.Move move:
                    first = last = move.Location;
                    break;
                case PdfSubpath.Line line:
                    AddSegment(line.From, line.To, frame, rulings);
                    first ??= line.From;
                    last = line.To;
                    break;
                case PdfSubpath.Close:
                    if (first is { } f && last is { } l) AddSegment(l, f, frame, rulings);
                    last = first;
                    break;
                case PdfSubpath.BezierCurve curve:
                    first ??= curve.StartPoint;
                    last = curve.EndPoint;
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
