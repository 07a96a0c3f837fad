using ReportIngest.Core.Documents;

namespace ReportIngest.Core.Extraction;

/// <summary>
/// The output of the extract stage: the document as an ordered stream of text lines and grids,
/// the same shape for text files and PDFs so that everything after extraction is shared.
/// </summary>
public sealed record ExtractedDocument(
    string Sha256,
    string Source,
    DocumentKind Kind,
    int? PageCount,
    IReadOnlyList<PageElement> Elements);
