using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ReportIngest.Normalise.Measures;

/// <summary>Reads printed amounts exactly: 1,112.49, OCR-spaced 1, 112. 49, full-width digits, (12.00) as negative.</summary>
public static partial class Amounts
{
    public static bool IsAmount(string text) => TryParse(text, out _) && !IsBareInteger(text);

    /// <summary>Parses an amount; blanks and dashes (no amount) return false.</summary>
    public static bool TryParse(string text, out decimal value)
    {
        value = 0;
        var s = Clean(text);
        if (s.Length == 0) return false;
        var negative = false;
        if (s.StartsWith('(') && s.EndsWith(')')) { negative = true; s = s[1..^1]; }
        if (!Number().IsMatch(s)) return false;
        if (!decimal.TryParse(s.Replace(",", ""), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
            return false;
        if (negative) value = -value;
        return true;
    }

    private static string Clean(string text)
    {
        var s = ReportIngest.Core.Text.FullWidth.Fold(text);
        var b = new StringBuilder(s.Length);
        foreach (var ch in s)
            if (!char.IsWhiteSpace(ch)) b.Append(ch == '，' ? ',' : ch);
        return b.ToString();
    }

    // A bare integer such as 208 or 322001 is a code or a row number, unless the column is known to hold amounts.
    private static bool IsBareInteger(string text) => BareInteger().IsMatch(Clean(text));

    [GeneratedRegex(@"^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$")]
    private static partial Regex Number();

    [GeneratedRegex(@"^\d+$")]
    private static partial Regex BareInteger();
}
