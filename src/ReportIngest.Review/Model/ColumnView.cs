namespace ReportIngest.Review.Model;

/// <summary>A column's header path and the measure it was mapped to; unmapped when it holds amounts but no measure.</summary>
public sealed record ColumnView(int Index, string Path, string Measure, bool Unmapped);
