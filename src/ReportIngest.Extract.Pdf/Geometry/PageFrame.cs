using ReportIngest.Core.Documents;

namespace ReportIngest.Extract.Pdf.Geometry;

/// <summary>
/// Maps PDF user space to upright page space, turned so that the page's dominant text reads
/// left to right, top to bottom. Pages set to landscape by /Rotate, or with their content drawn
/// sideways, both come out upright this way.
/// </summary>
internal sealed class PageFrame
{
    private readonly ReadingDirection _direction;
    private readonly double _width;
    private readonly double _height;

    public PageFrame(ReadingDirection direction, double width, double height)
    {
        _direction = direction;
        _width = width;
        _height = height;
    }

    public ReadingDirection Direction => _direction;

    public (double X, double Y) ToView(double x, double y) => _direction switch
    {
        ReadingDirection.Upwards => (y, x),
        ReadingDirection.Downwards => (_height - y, _width - x),
        ReadingDirection.RightToLeft => (_width - x, y),
        _ => (x, _height - y),
    };

    public (double X, double Y) ToPdf(double x, double y) => _direction switch
    {
        ReadingDirection.Upwards => (y, x),
        ReadingDirection.Downwards => (_width - y, _height - x),
        ReadingDirection.RightToLeft => (_width - x, y),
        _ => (x, _height - y),
    };

    public Box ToView(double x0, double y0, double x1, double y1)
    {
        var a = ToView(x0, y0);
        var b = ToView(x1, y1);
        return new Box(Math.Min(a.X, b.X), Math.Min(a.Y, b.Y), Math.Max(a.X, b.X), Math.Max(a.Y, b.Y));
    }

    /// <summary>
    /// The box in PDF user space, to a hundredth of a point (0.0035 mm): the position a cell is kept with, which the
    /// review draws and the artifacts store. Finer digits are noise of the glyph arithmetic, and writing them cost time.
    /// </summary>
    public BoundingBox ToPdf(Box box)
    {
        var a = ToPdf(box.Left, box.Top);
        var b = ToPdf(box.Right, box.Bottom);
        return new BoundingBox(Hundredths(Math.Min(a.X, b.X)), Hundredths(Math.Min(a.Y, b.Y)),
            Hundredths(Math.Max(a.X, b.X)), Hundredths(Math.Max(a.Y, b.Y)));
    }

    private static double Hundredths(double points) => Math.Round(points, 2);
}
