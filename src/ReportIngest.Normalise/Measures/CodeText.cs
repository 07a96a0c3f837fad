using System.Text.RegularExpressions;

namespace ReportIngest.Normalise.Measures;

/// <summary>Digits as printed in code columns: 208, 05, 2101501, "21 30599" with a stray space, 322001 unit codes.</summary>
public static partial class CodeText
{
    public static string Digits(string text) => Whitespace().Replace(ReportIngest.Core.Text.FullWidth.Fold(text), "");

    public static bool IsCodeLike(string text) => AllDigits().IsMatch(Digits(text));

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^\d{2,7}$")]
    private static partial Regex AllDigits();
}
