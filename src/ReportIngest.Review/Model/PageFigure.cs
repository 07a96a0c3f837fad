namespace ReportIngest.Review.Model;

/// <summary>A page image with a table and its cells outlined on it.</summary>
public sealed record PageFigure(int Page, string Image, string Width, string Height, IReadOnlyList<OutlineView> Outlines);
