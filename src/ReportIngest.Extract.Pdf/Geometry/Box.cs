namespace ReportIngest.Extract.Pdf.Geometry;

/// <summary>An axis-aligned rectangle in upright page space: x grows to the right, y grows downwards.</summary>
internal readonly record struct Box(double Left, double Top, double Right, double Bottom)
{
    public double Width => Right - Left;
    public double Height => Bottom - Top;
    public double CenterX => (Left + Right) / 2;
    public double CenterY => (Top + Bottom) / 2;

    public Box Union(Box other) =>
        new(Math.Min(Left, other.Left), Math.Min(Top, other.Top), Math.Max(Right, other.Right), Math.Max(Bottom, other.Bottom));

    public bool Contains(double x, double y, double tolerance = 0) =>
        x >= Left - tolerance && x <= Right + tolerance && y >= Top - tolerance && y <= Bottom + tolerance;

    public bool Intersects(Box other, double tolerance = 0) =>
        other.Left <= Right + tolerance && other.Right >= Left - tolerance &&
        other.Top <= Bottom + tolerance && other.Bottom >= Top - tolerance;

    public double HorizontalOverlap(Box other) => Math.Max(0, Math.Min(Right, other.Right) - Math.Max(Left, other.Left));
    public double VerticalOverlap(Box other) => Math.Max(0, Math.Min(Bottom, other.Bottom) - Math.Max(Top, other.Top));

    public static Box Empty { get; } = new(double.MaxValue, double.MaxValue, double.MinValue, double.MinValue);
    public bool IsEmpty => Left > Right;
}
