using ReportIngest.Core.Documents;

namespace ReportIngest.Core.Extraction;

/// <summary>
/// The extract stage for one input format: bytes in, text lines and grids out. Throws
/// <see cref="DocumentFailure"/> with a reader-facing reason for input it cannot read.
/// </summary>
public interface IDocumentExtractor
{
    bool CanRead(SourceDocument document);

    ExtractedDocument Extract(SourceDocument document, CancellationToken cancellationToken);
}
