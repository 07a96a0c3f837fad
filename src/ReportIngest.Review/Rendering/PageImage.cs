namespace ReportIngest.Review.Rendering;

/// <summary>A rendered page: its image file (relative to the output folder) and the page's size in points.</summary>
public sealed record PageImage(int Page, string File, double WidthPoints, double HeightPoints);
