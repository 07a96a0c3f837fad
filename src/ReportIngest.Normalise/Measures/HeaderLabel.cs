using System.Text;

namespace ReportIngest.Normalise.Measures;

/// <summary>The comparable form of a header label: NFKC, no whitespace, ASCII brackets, no trailing colon.</summary>
public static class HeaderLabel
{
    public static string Key(string label)
    {
        var s = ReportIngest.Core.Text.FullWidth.Fold(label);
        var b = new StringBuilder(s.Length);
        foreach (var ch in s)
            if (!char.IsWhiteSpace(ch)) b.Append(ch);
        return b.ToString().TrimEnd(':').Replace('“', '"').Replace('”', '"');
    }
}
