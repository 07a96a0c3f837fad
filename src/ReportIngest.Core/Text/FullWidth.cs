namespace ReportIngest.Core.Text;

/// <summary>
/// Folds full-width forms to ASCII (（）→ (), ０-９ → 0-9, ， → ,) and the ideographic space to a space: the part of
/// NFKC that report text needs, done without ICU so it behaves the same under invariant globalization.
/// </summary>
public static class FullWidth
{
    public static string Fold(string text)
    {
        var needs = false;
        foreach (var ch in text)
            if (ch is >= '\uFF01' and <= '\uFF5E' or '\u3000') { needs = true; break; }
        if (!needs) return text;
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var ch = source[i];
                span[i] = ch switch
                {
                    >= '\uFF01' and <= '\uFF5E' => (char)(ch - 0xFEE0),
                    '\u3000' => ' ',
                    _ => ch,
                };
            }
        });
    }

    /// <summary><see cref="Fold"/>, and curly and corner quotes (“ ” ‘ ’ 「 」) to a straight double quote: for comparing titles.</summary>
    public static string FoldWithStraightQuotes(string text)
    {
        var folded = Fold(text);
        if (folded.IndexOfAny(CurlyQuotes) < 0) return folded;
        return string.Create(folded.Length, folded, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
                span[i] = Array.IndexOf(CurlyQuotes, source[i]) >= 0 ? '"' : source[i];
        });
    }

    private static readonly char[] CurlyQuotes = ['\u201C', '\u201D', '\u300C', '\u300D', '\u2018', '\u2019'];
}
