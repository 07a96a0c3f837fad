namespace ReportIngest.Extract.Ocr.Imaging;

/// <summary>A rectangle of pixels, right and bottom exclusive.</summary>
internal readonly record struct PixelBox(int Left, int Top, int Right, int Bottom)
{
    public int Width => Right - Left;
    public int Height => Bottom - Top;
}
