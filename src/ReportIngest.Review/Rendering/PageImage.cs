namespace ReportIngest.Review.Rendering;

/// <summary>A rendered page: its image file (relative to the pages folder) and how user space maps onto it.</summary>
public sealed record PageImage(int Page, string File, PageGeometry Geometry);
