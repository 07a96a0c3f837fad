namespace ReportIngest.Extract.Ocr.Imaging;

/// <summary>A ruling line found in a page image, in pixels: Position across it (y or x), Start..End along it.</summary>
internal readonly record struct PixelRule(bool IsHorizontal, double Position, int Start, int End);
