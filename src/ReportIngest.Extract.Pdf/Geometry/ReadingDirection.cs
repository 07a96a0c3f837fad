namespace ReportIngest.Extract.Pdf.Geometry;

/// <summary>Which way a page's text runs in PDF space (y up), measured from glyph baselines.</summary>
internal enum ReadingDirection
{
    LeftToRight,
    Upwards,
    Downwards,
    RightToLeft,
}
