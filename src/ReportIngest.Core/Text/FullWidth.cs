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
}
