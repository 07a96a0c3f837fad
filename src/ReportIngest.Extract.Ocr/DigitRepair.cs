using System.Text.RegularExpressions;
using ReportIngest.Core.Text;

namespace ReportIngest.Extract.Ocr;

/// <summary>
/// The characters OCR confuses in amounts (O for 0, l or | for 1, 。 for the decimal point, ， for the thousands
/// comma), put right only where the whole piece then reads as a number. The validate stage's sums confirm or
/// contradict the result; a repaired piece keeps its low word confidence so a failed check points at it.
/// </summary>
internal static partial class DigitRepair
{
    [GeneratedRegex(@"^[-−—–]+$")]
    private static partial Regex DashPattern();

    [GeneratedRegex(@"^[0-9]{1,2}[.．、]$")]
    private static partial Regex ListNumberPattern();

    /// <summary>An amount, a code or a percentage as printed in budget tables, a list number (1.), or a dash for "no amount".</summary>
    public static bool IsNumber(string text) => IsPlainAmount(text) || DashPattern().IsMatch(text) || ListNumberPattern().IsMatch(text);

    /// <summary>
    /// Core's amount, in the narrower form a single OCR piece takes: no spaces, never in parentheses (a list number
    /// "(1)" is no amount here), a percent sign allowed, and the minus U+2212 read as a minus.
    /// </summary>
    private static bool IsPlainAmount(string text)
    {
        if (text.Any(char.IsWhiteSpace)) return false;
        var figure = text.Replace('−', '-');
        if (figure.EndsWith('%')) figure = figure[..^1];
        return CellText.TryReadAmount(figure, out var amount) && !amount.IsParenthesised;
    }

    /// <summary>The text with confusable characters read as digits, whether or not it then is a number.</summary>
    public static string AsDigits(string text) => string.Concat(text.Select(AsDigit));

    [GeneratedRegex(@"^[\]|lI丨](?=[.．、])")]
    private static partial Regex MisreadListNumberOne();

    [GeneratedRegex(@"(?<=其中)[;；]")]
    private static partial Regex MisreadColonAfterQizhong();

    /// <summary>
    /// A row label with the same confusions: the list number 1 of "1.一般公共预算拨款" read as ] or l, and the colon
    /// of "其中：" (how sub-items are introduced) read as a semicolon. A total label read one character off (台计) is
    /// put right by the table's sums (<see cref="Arithmetic.TotalLabels"/>), not here.
    /// </summary>
    public static string RepairLabel(string text) =>
        MisreadColonAfterQizhong().Replace(MisreadListNumberOne().Replace(text, "1"), "：");

    /// <summary>The text with confusable characters read as digits and separators, when that makes it a number; else null.</summary>
    public static string? Repair(string text)
    {
        var result = AsDigits(text.Replace(" ", ""));
        return IsNumber(result) ? result : null;
    }

    private static char AsDigit(char c) => c switch
    {
        'O' or 'o' or '〇' or 'Ｏ' => '0',
        'l' or 'I' or '|' or '丨' or 'ｌ' or ']' => '1',
        '。' or '．' or '·' => '.',
        '，' or '、' => ',',
        >= '０' and <= '９' => (char)('0' + (c - '０')),
        _ => c,
    };
}
