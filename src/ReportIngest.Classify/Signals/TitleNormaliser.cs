using System.Text;
using System.Text.RegularExpressions;

namespace ReportIngest.Classify.Signals;

/// <summary>
/// Brings a printed table title to a comparable form: half-width characters, no whitespace, straight
/// quotes, and without the numbering counties put in front (表1, 附表3：, 一、, 公开01表, 2023年度).
/// </summary>
public static partial class TitleNormaliser
{
    public static string Normalise(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
            return "";
        var text = StripWhitespace(ToHalfWidth(title));
        string previous;
        do
        {
            previous = text;
            text = LeadingNumbering().Replace(text, "");
        }
        while (text != previous && text.Length > 0);
        text = TrailingNoise().Replace(text, "");
        return text;
    }

    /// <summary>Full-width ASCII forms to ASCII, the ideographic space to a space, curly quotes to straight.</summary>
    public static string ToHalfWidth(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            builder.Append(ch switch
            {
                >= '\uFF01' and <= '\uFF5E' => (char)(ch - 0xFEE0),
                '\u3000' => ' ',
                '\u201C' or '\u201D' or '\u300C' or '\u300D' or '\u2018' or '\u2019' => '"',
                _ => ch,
            });
        }
        return builder.ToString();
    }

    public static string StripWhitespace(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            if (!char.IsWhiteSpace(ch))
                builder.Append(ch);
        }
        return builder.ToString();
    }

    // One numbering token at the start; Normalise removes them repeatedly ("附表1：2023年度…").
    [GeneratedRegex(@"^(?:附表\d*[-.]?\d*|表\d+(?:-\d+)?|公开\d+表|[一二三四五六七八九十]+[、.．]|\(?[一二三四五六七八九十]+\)|\(\d+\)|\d+[、.．]|(?:19|20)\d{2}年度?|[:：、.\-_]+)")]
    private static partial Regex LeadingNumbering();

    [GeneratedRegex(@"(?:\(续(?:表)?\d*\)|续表\d*|[:：]+)$")]
    private static partial Regex TrailingNoise();
}
