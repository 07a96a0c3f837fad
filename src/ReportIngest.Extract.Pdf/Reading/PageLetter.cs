using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace ReportIngest.Extract.Pdf.Reading;

/// <summary>
/// One character a page draws, in PDF user space, with the values PdfPig's <c>Letter</c> gives for it: the baseline
/// from the glyph's origin to its advance, the glyph box (its outline's bounds, or the advance box when the outline is
/// empty) and the point size rounded to a hundredth.
/// </summary>
internal readonly record struct PageLetter(string Value, PdfPoint StartBaseLine, PdfPoint EndBaseLine, double PointSize, PdfRectangle BoundingBox)
{
    public static PageLetter Of(Letter letter) => new(letter.Value, letter.StartBaseLine, letter.EndBaseLine, letter.PointSize, letter.BoundingBox);
}
