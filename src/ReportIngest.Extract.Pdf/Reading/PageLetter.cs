using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace ReportIngest.Extract.Pdf.Reading;

/// <summary>
/// One character a page draws, in PDF user space, with the values PdfPig's <c>Letter</c> gives for it: the baseline
/// from the glyph's origin to its advance, the glyph box (its outline's bounds, or the advance box when the outline is
/// empty) and the point size rounded to a hundredth. Where <see cref="GlyphBoxDeferred"/> is set the reader did not
/// look the outline up (the box is the advance box): it does so only for letters whose box the extraction reads.
/// </summary>
internal readonly record struct PageLetter(string Value, PdfPoint StartBaseLine, PdfPoint EndBaseLine, double PointSize, PdfRectangle BoundingBox, bool GlyphBoxDeferred = false)
{
    public static PageLetter Of(Letter letter) => new(letter.Value, letter.StartBaseLine, letter.EndBaseLine, letter.PointSize, letter.BoundingBox);
}
