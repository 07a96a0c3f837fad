namespace ReportIngest.Extract.Pdf.Reading;

/// <summary>
/// Content the direct reader does not follow exactly as PdfPig does (an inline image, a Type 3 or vertical font, a
/// malformed operand, ...): the page is read with PdfPig instead, so both readers always give the same letters and paths.
/// </summary>
internal sealed class UnsupportedContentException(string reason) : Exception(reason);
