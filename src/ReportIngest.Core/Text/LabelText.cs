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
        if (!text.Any(char.IsWhiteSpace)) return text;
        return string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
    }

    [GeneratedRegex(@"(?<=[\p{IsCJKUnifiedIdeographs}（）()：:、“”""])\s+|\s+(?=[\p{IsCJKUnifiedIdeographs}（）()：:、“”""])")]
    private static partial Regex CjkSpaces();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex MultiSpace();
}
