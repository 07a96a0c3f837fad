using System.Text.RegularExpressions;

namespace ReportIngest.Core.Text;

/// <summary>
/// The numbering reports print before a heading, a table title or a row label, and strips it: list numbers
/// (一、 二. 1. 1、), parenthesised ones (（一） (1) 一)), table numbers (表1 表一 表1-2 附表3： 附件2 公开01表 3-1)
/// and parts (第一部分). Full-width or half-width alike; "1.5" is a decimal, not the list number 1.
/// </summary>
public static partial class LeadingNumbering
{
    /// <summary>The text without the numbering it starts with (one numbering, of the given forms), trimmed.</summary>
    public static string Strip(string text, NumberingForms forms = NumberingForms.All) => text[Length(text, forms)..].Trim();

    /// <summary>Whether the text starts with a numbering of the given forms.</summary>
    public static bool StartsWithNumbering(string text, NumberingForms forms = NumberingForms.All) => Length(text, forms) > 0;

    /// <summary>How many characters of numbering the text starts with (0 when none of the given forms).</summary>
    public static int Length(string text, NumberingForms forms = NumberingForms.All)
    {
        var match = Numbering().Match(text);
        if (!match.Success) return 0;
        foreach (var (group, form) in Groups)
        {
            if (match.Groups[group].Success)
                return forms.HasFlag(form) ? match.Length : 0;
        }
        return 0;
    }

    private static readonly (string Group, NumberingForms Form)[] Groups =
    [
        ("table", NumberingForms.TableNumber), ("part", NumberingForms.Part),
        ("parenthesised", NumberingForms.Parenthesised), ("ordinal", NumberingForms.Ordinal),
    ];

    [GeneratedRegex(@"^(?:(?<table>(?:附表|附件|表)\s*(?:\d{1,3}(?:[-.．]\d{1,2})?|[一二三四五六七八九十]+)[\s.．、:：_-]*|附表[\s.．、:：_-]*|公开\d{1,3}表|\d{1,2}-\d{1,2}(?!\d)[\s.．、:：_-]*)" +
                    @"|(?<part>第[一二三四五六七八九十\d]+部分)" +
                    @"|(?<parenthesised>[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}[）)])" +
                    @"|(?<ordinal>[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、.．](?!\d)))")]
    private static partial Regex Numbering();
}

/// <summary>The kinds of numbering <see cref="LeadingNumbering"/> strips.</summary>
[Flags]
public enum NumberingForms
{
    None = 0,
    /// <summary>一、 二. 1. 1、</summary>
    Ordinal = 1,
    /// <summary>（一） (1) 一)</summary>
    Parenthesised = 2,
    /// <summary>表1 表一 表1-2 附表3： 附件2 公开01表 3-1</summary>
    TableNumber = 4,
    /// <summary>第一部分</summary>
    Part = 8,
    All = Ordinal | Parenthesised | TableNumber | Part,
}
