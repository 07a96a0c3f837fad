using ReportIngest.Core.Documents;

namespace ReportIngest.Review.Rendering;

/// <summary>
/// How a page is shown: its crop box in PDF user space and its /Rotate. Maps a box where the extractor put its cells
/// onto the shown page, in points with the origin top-left, as the rendered image has it.
/// </summary>
/// <remarks>
/// PdfPig reports the letters of a page with a /Rotate in the turned page's space (origin bottom-left of the page as
/// shown), so a turned page only changes the shown size; an upright page's crop box may start away from the origin.
/// </remarks>
public sealed record PageGeometry(double CropLeft, double CropBottom, double CropRight, double CropTop, int Rotation)
{
    /// <summary>The shown page's size: the crop box, turned by the rotation.</summary>
    public (double Width, double Height) Shown =>
        Rotation is 90 or 270 ? (CropTop - CropBottom, CropRight - CropLeft) : (CropRight - CropLeft, CropTop - CropBottom);

    public (double X, double Y, double Width, double Height) Show(BoundingBox box)
    {
        var (left, bottom) = Rotation == 0 ? (CropLeft, CropBottom) : (0, 0);
        return (box.Left - left, Shown.Height - (box.Top - bottom), box.Width, box.Height);
    }
}
