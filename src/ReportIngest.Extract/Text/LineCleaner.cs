using System.Text.RegularExpressions;

namespace ReportIngest.Extract.Text;

/// <summary>
/// Strips the markup that text extractions of PDFs carry (markdown headings and emphasis, HTML tags such as
/// &lt;b&gt;, non-breaking spaces) and recognises page furniture (page numbers, "第 3 页") to drop.
/// </summary>
public static partial class LineCleaner
{
    public static string Clean(string line)
    {
        var s = line.Replace('\u00A0', ' ').Replace('\u3000', ' ').Replace("\r", "");
        s = HtmlTag().Replace(s, "");
        s = s.Replace("&nbsp;", " ").Replace("&amp;", "&").Replace("&lt;", "<").Replace("&gt;", ">");
        s = HeadingMarker().Replace(s, "");
        s = s.Replace("**", "").Replace("__", "");
        // Trailing tabs are empty cells of a table row, not layout: keep them.
        return s.TrimEnd(' ');
    }

    /// <summary>Page numbers and running page furniture that interrupt a table in a text extraction.</summary>
    public static bool IsPageFurniture(string cleaned)
    {
        var s = cleaned.Trim();
        return s.Length > 0 && (PageNumber().IsMatch(s) || PageOfPages().IsMatch(s));
    }

    [GeneratedRegex(@"</?[a-zA-Z][^<>]*>")]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"^\s{0,3}#{1,6}\s+")]
    private static partial Regex HeadingMarker();

    [GeneratedRegex(@"^[-—–－\s]*\d{1,4}[-—–－\s]*$")]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"^(第\s*\d+\s*页(\s*[，,/]?\s*共\s*\d+\s*页)?|\d+\s*/\s*\d+|page\s*\d+(\s*of\s*\d+)?)$", RegexOptions.IgnoreCase)]
    private static partial Regex PageOfPages();
}
