using System.Text.RegularExpressions;
using ReportIngest.Core.Text;

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
        var text = LabelText.Squash(FullWidth.FoldWithStraightQuotes(title));
        string previous;
        do
        {
            previous = text;
            var numbering = LeadingNumbering.Length(text);
            text = numbering > 0 ? text[numbering..] : YearOrSeparator().Replace(text, "");
        }
        while (text != previous && text.Length > 0);
        text = TrailingNoise().Replace(text, "");
        return text;
    }

    // A year or separators before the title proper; Normalise removes them and numberings repeatedly ("附表1：2023年度…").
    [GeneratedRegex(@"^(?:(?:19|20)\d{2}年度?|[:：、.\-_]+)")]
    private static partial Regex YearOrSeparator();

    [GeneratedRegex(@"(?:\(续(?:表)?\d*\)|续表\d*|[:：]+)$")]
    private static partial Regex TrailingNoise();
}
