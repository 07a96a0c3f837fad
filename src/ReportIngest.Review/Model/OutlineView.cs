namespace ReportIngest.Review.Model;

/// <summary>A rectangle drawn over a page image, in the image's SVG coordinates (points, origin top-left).</summary>
public sealed record OutlineView(string X, string Y, string Width, string Height, string Classes, string CellId);
