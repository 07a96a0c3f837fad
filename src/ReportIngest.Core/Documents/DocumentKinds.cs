namespace ReportIngest.Core.Documents;

/// <summary>Tells a PDF from a text file by its first bytes, not its name.</summary>
public static class DocumentKinds
{
    public static DocumentKind Sniff(ReadOnlySpan<byte> head) =>
        head.Length >= 5 && head[..5].SequenceEqual("%PDF-"u8) ? DocumentKind.Pdf : DocumentKind.Text;

    public static DocumentKind Sniff(string path)
    {
        Span<byte> head = stackalloc byte[1024];
        using var stream = File.OpenRead(path);
        var read = stream.Read(head);
        // PDFs may carry junk before the header; the spec allows the header within the first 1024 bytes.
        var span = head[..read];
        return span.IndexOf("%PDF-"u8) >= 0 ? DocumentKind.Pdf : DocumentKind.Text;
    }
}
