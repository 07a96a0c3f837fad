using ReportIngest.Core.Documents;

namespace ReportIngest.Core.Tables;

/// <summary>The reconstruct stage's output: the document's tables and the running text around them.</summary>
public sealed record ReconstructedDocument(
    string Sha256,
    string Source,
    DocumentKind Kind,
    int? PageCount,
    IReadOnlyList<Table> Tables,
    IReadOnlyList<string> Text)
{
    /// <summary>
    /// Where each line of <see cref="Text"/> was printed, index for index; empty in artifacts written before it existed.
    /// </summary>
    public IReadOnlyList<TextPlace> TextPlaces { get; init; } = [];
}
