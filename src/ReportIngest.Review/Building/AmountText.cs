using System.Text.RegularExpressions;
using ReportIngest.Core.Text;

namespace ReportIngest.Review.Building;

/// <summary>Whether a printed cell reads as an amount (1,234.50, -3, (12.00), full-width digits included).</summary>
internal static partial class AmountText
{
    public static bool Looks(string text) => Pattern().IsMatch(FullWidth.Fold(text).Trim());

    [GeneratedRegex(@"^[-−(]?\d[\d,]*(\.\d+)?\)?$")]
    private static partial Regex Pattern();
}
