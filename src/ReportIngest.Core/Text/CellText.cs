using System.Globalization;
using System.Text.RegularExpressions;

namespace ReportIngest.Core.Text;

/// <summary>
/// The one reading of what a table cell prints: an amount, a classification code, or a label. Every stage asks here,
/// so "is this an amount" and "is this a code" have one answer; where a stage needs a stricter sense it asks for a
/// named property of the reading (<see cref="PrintedAmount.HasSeparatorOrDecimals"/>, <see cref="PrintedAmount.IsBareInteger"/>,
/// <see cref="IsPercent"/>), not for another pattern.
/// </summary>
public static partial class CellText
{
    /// <summary>
    /// Reads an amount: 1,112.49, OCR-spaced 1, 112. 49, full-width digits, -12.5, (12.00) as negative.
    /// Blanks and dashes are no amount.
    /// </summary>
    public static bool TryReadAmount(string text, out PrintedAmount amount)
    {
        amount = default;
        var s = LabelText.Squash(FullWidth.Fold(text));
        if (s.Length == 0) return false;
        var parenthesised = s.Length > 2 && s[0] == '(' && s[^1] == ')';
        if (parenthesised) s = s[1..^1];
        if (!Amount().IsMatch(s)) return false;
        if (!decimal.TryParse(s.Replace(",", ""), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            return false;
        amount = new PrintedAmount(parenthesised ? -value : value, text, parenthesised || s[0] == '-', parenthesised, s.Contains('.') || s.Contains(','));
        return true;
    }

    public static bool IsAmount(string text) => TryReadAmount(text, out _);

    /// <summary>The value of an amount, when the cell prints one.</summary>
    public static bool TryReadValue(string text, out decimal value)
    {
        var read = TryReadAmount(text, out var amount);
        value = amount.Value;
        return read;
    }

    /// <summary>An amount followed by a percent sign: 85%, 100.00%.</summary>
    public static bool IsPercent(string text)
    {
        var s = LabelText.Squash(FullWidth.Fold(text));
        return s.Length > 1 && s[^1] == '%' && IsAmount(s[..^1]);
    }

    /// <summary>
    /// Nothing but figures and the marks printed with them (digits, separators, signs, spaces, and '%' when
    /// <paramref name="percentAllowed"/>): the loose sense a layout step uses before cells are known ("1 2 3", "0.5-1").
    /// </summary>
    public static bool IsFigures(string text, bool percentAllowed = false) =>
        text.Any(char.IsDigit) && text.All(c => char.IsDigit(c) || c is '.' or ',' or '-' or ' ' || (percentAllowed && c == '%'));

    /// <summary>A cell that is a classification code and nothing else, spaces aside ("208", "208 05", "2080501").</summary>
    public static PrintedCode? ReadCode(string text)
    {
        var code = ReadLeadingCode(text, out var rest);
        return code is not null && rest.Trim().Length == 0 ? code : null;
    }

    /// <summary>
    /// A code printed at the start of a cell ("201 一般公共服务支出", "2080501行政运行"): 3, 5 or 7 digits, single
    /// spaces allowed between 类, 款 and 项, not followed by another digit. <paramref name="rest"/> is what follows.
    /// </summary>
    public static PrintedCode? ReadLeadingCode(string text, out string rest)
    {
        var s = FullWidth.Fold(text).Trim();
        var m = Code().Match(s);
        if (!m.Success) { rest = text; return null; }
        rest = text.Trim()[m.Length..];
        var digits = LabelText.Squash(m.Value);
        return new PrintedCode(digits, PrintedCode.FamilyOf(digits), (CodeLevel)digits.Length);
    }

    /// <summary>The digits a code cell prints, full-width folded and spaces removed ("21 30599" → "2130599").</summary>
    public static string Digits(string text) => LabelText.Squash(FullWidth.Fold(text));

    /// <summary>Non-empty and ASCII digits only.</summary>
    public static bool IsDigits(string text) => text.Length > 0 && text.All(char.IsAsciiDigit);

    [GeneratedRegex(@"^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$")]
    private static partial Regex Amount();

    [GeneratedRegex(@"^\d{3}(\s?\d{2}){0,2}(?!\d)")]
    private static partial Regex Code();
}
