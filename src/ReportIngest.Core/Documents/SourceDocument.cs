namespace ReportIngest.Core.Documents;

/// <summary>A report file as acquired: where it came from and its content hash, which identifies it everywhere.</summary>
/// <param name="Path">Local path of the bytes.</param>
/// <param name="Source">The file name or URL as the user gave it (shown in v_document.source).</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the bytes: the document's identity.</param>
public sealed record SourceDocument(string Path, string Source, string Sha256, long Bytes, DocumentKind Kind)
{
    /// <summary>Short id used in the database and on the command line (first 16 hex digits of the hash).</summary>
    public string DocumentId => Sha256[..16];
}
