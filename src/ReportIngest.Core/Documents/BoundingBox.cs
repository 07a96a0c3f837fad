using System.Text.Json.Serialization;

namespace ReportIngest.Core.Documents;

/// <summary>A rectangle in PDF user space (points, origin bottom-left).</summary>
[JsonConverter(typeof(BoundingBoxJson))]
public sealed record BoundingBox(double Left, double Bottom, double Right, double Top)
{
    public double Width => Right - Left;
    public double Height => Top - Bottom;
}
