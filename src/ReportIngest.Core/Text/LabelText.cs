using System.Text.RegularExpressions;

namespace ReportIngest.Core.Text;

/// <summary>
/// Printed labels cleaned of layout: the spaces that justify CJK text ("合 计", "基 本 支 出") are removed, spaces
/// between Latin words kept, line breaks folded.
/// </summary>
public static partial class LabelText
{
    public static string Clean(string text)
    {
        var s = text.Replace('\n', ' ').Replace('\u3000', ' ').Trim();
        s = CjkSpaces().Replace(s, "");
        return MultiSpace().Replace(s, " ");
    }

    /// <summary>Every whitespace removed: the form for comparing labels.</summary>
    public static string Squash(string text)
    {
        // called for every label compared, so without LINQ over the string (an enumerator and a builder per call)
        var span = text.AsSpan();
        var kept = 0;
        while (kept < span.Length && !char.IsWhiteSpace(span[kept])) kept++;
        if (kept == span.Length) return text;
        Span<char> squashed = span.Length <= 256 ? stackalloc char[span.Length] : new char[span.Length];
        span[..kept].CopyTo(squashed);
        foreach (var c in span[kept..])
            if (!char.IsWhiteSpace(c)) squashed[kept++] = c;
        return new string(squashed[..kept]);
    }

    [GeneratedRegex(@"(?<=[\p{IsCJKUnifiedIdeographs}（）()：:、“”""])\s+|\s+(?=[\p{IsCJKUnifiedIdeographs}（）()：:、“”""])")]
    private static partial Regex CjkSpaces();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex MultiSpace();
}
