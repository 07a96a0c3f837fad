namespace ReportIngest.Extract.Pdf.Text;

/// <summary>Character classes that decide whether text pieces are joined with or without a space.</summary>
internal static class Script
{
    /// <summary>CJK ideographs, kana, hangul and full-width forms and punctuation: written without spaces.</summary>
    public static bool IsWide(char c) =>
        c >= '\u2E80' && c <= '\u9FFF' ||
        c >= '\uAC00' && c <= '\uD7AF' ||
        c >= '\uF900' && c <= '\uFAFF' ||
        c >= '\uFE30' && c <= '\uFE4F' ||
        c >= '\uFF00' && c <= '\uFFEF' ||
        c == '\u201C' || c == '\u201D' || c == '\u2018' || c == '\u2019' || c == '\u2014' || c == '\u2026';

    /// <summary>Joins two pieces of one cell or line: a space between Latin pieces, none next to CJK.</summary>
    public static string Join(string left, string right)
    {
        if (left.Length == 0) return right;
        if (right.Length == 0) return left;
        return NeedsSpace(left[^1], right[0]) ? left + " " + right : left + right;
    }

    /// <summary>Whether the text holds a digit (a loop: a string through LINQ enumerates boxed).</summary>
    public static bool HasDigit(string text)
    {
        foreach (var c in text)
            if (char.IsDigit(c)) return true;
        return false;
    }

    public static bool HasLetter(string text)
    {
        foreach (var c in text)
            if (char.IsLetter(c)) return true;
        return false;
    }

    public static bool NeedsSpace(char last, char first) =>
        !IsWide(last) && !IsWide(first) && !char.IsWhiteSpace(last) && !char.IsWhiteSpace(first);
}
