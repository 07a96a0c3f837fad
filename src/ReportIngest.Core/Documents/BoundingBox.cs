namespace ReportIngest.Core.Documents;

/// <summary>A rectangle in PDF user space (points, origin bottom-left).</summary>
public sealed record BoundingBox(double Left, double Bottom, double Right, double Top)
{
    public double Width => Right - Left;
    public double Height => Top - Bottom;
}
