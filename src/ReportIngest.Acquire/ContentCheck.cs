using System.Text;
using System.Text.RegularExpressions;

namespace ReportIngest.Acquire;

/// <summary>
/// Decides whether downloaded bytes are a report the pipeline can read, before they are kept. Returns the store
/// extension (.pdf or .txt) or throws a <see cref="FetchFailure"/> saying what the server sent instead.
/// </summary>
internal static partial class ContentCheck
{
    private const int HeadBytes = 4096;
    // Writers and servers append things after %%EOF (signatures, padding, a stray HTML footer); readers look for the
    // last %%EOF within the end of the file, and so do we.
    private const int TailBytes = 64 * 1024;

    public static string Verify(string path, long length, string? mediaType, Uri url)
    {
        if (length == 0)
            throw FetchFailure.Retry("empty body: the server sent no bytes");
        var (head, tail) = ReadEnds(path, length);
        var wantsPdf = url.AbsolutePath.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase)
            || string.Equals(mediaType, "application/pdf", StringComparison.OrdinalIgnoreCase);

        // The PDF spec lets the header sit anywhere in the first 1024 bytes (DocumentKinds.Sniff agrees).
        if (head.AsSpan(0, Math.Min(head.Length, 1024)).IndexOf("%PDF-"u8) >= 0)
        {
            // The transport already caught a cut body (Content-Length, a closed connection): a complete response
            // without %%EOF is what the server holds, and asking again would only fetch the same bytes.
            if (!HasEof(tail))
                throw FetchFailure.Permanent($"PDF incomplete: no %%EOF in its last {TailBytes / 1024} KB");
            return ".pdf";
        }
        if (LooksLikeHtml(head, mediaType))
        {
            var title = Title(head);
            var what = wantsPdf ? "HTML page instead of the PDF" : "HTML page instead of a report";
            throw FetchFailure.Permanent(title is null ? what : $"{what}: {title}");
        }
        if (wantsPdf)
            throw FetchFailure.Permanent($"not a PDF: the body starts with '{Printable(head)}'");
        if (head.AsSpan().IndexOf((byte)0) >= 0)
            throw FetchFailure.Permanent($"not a PDF or text file: binary content starting with '{Printable(head)}'");
        return ".txt";
    }

    private static (byte[] Head, byte[] Tail) ReadEnds(string path, long length)
    {
        using var file = File.OpenRead(path);
        var head = new byte[(int)Math.Min(HeadBytes, length)];
        file.ReadExactly(head);
        var tail = new byte[(int)Math.Min(TailBytes, length)];
        file.Seek(length - tail.Length, SeekOrigin.Begin);
        file.ReadExactly(tail);
        return (head, tail);
    }

    private static bool HasEof(ReadOnlySpan<byte> tail) => tail.LastIndexOf("%%EOF"u8) >= 0;

    private static bool LooksLikeHtml(byte[] head, string? mediaType)
    {
        if (mediaType is "text/html" or "application/xhtml+xml") return true;
        var start = Encoding.UTF8.GetString(head).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return HtmlStart().IsMatch(start);
    }

    private static string? Title(byte[] head)
    {
        var match = HtmlTitle().Match(Encoding.UTF8.GetString(head));
        if (!match.Success) return null;
        var title = WhiteSpace().Replace(match.Groups[1].Value, " ").Trim();
        // Pages in GBK decode to replacement characters: better no title than mojibake.
        return title.Length == 0 || title.Contains('\uFFFD') ? null : title[..Math.Min(title.Length, 80)];
    }

    private static string Printable(byte[] head)
    {
        var text = new string(Encoding.Latin1.GetString(head, 0, Math.Min(head.Length, 16))
            .Select(c => char.IsControl(c) ? '.' : c).ToArray());
        return text;
    }

    [GeneratedRegex(@"^<(!doctype\s+html|html|head|body|\?xml[^>]*>\s*<html)", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlStart();

    [GeneratedRegex(@"<title[^>]*>(.*?)</title>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex HtmlTitle();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
