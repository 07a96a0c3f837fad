using System.Globalization;
using System.Text.RegularExpressions;
using ReportIngest.Core.Text;

namespace ReportIngest.Normalise.Narrative;

/// <summary>An amount of money in running text: digits (thousands separators allowed) and the unit after them.</summary>
public sealed partial record PrintedFigure(int Start, int End, string Digits, string Unit)
{
    /// <summary>The amount in 万元: the text itself may state 元 ("经费53,000元") or 亿元.</summary>
    public decimal AmountWan
    {
        get
        {
            var value = decimal.Parse(Digits.Replace(",", ""), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
            return Unit switch
            {
                "元" => value / 10_000m,
                "亿元" => value * 10_000m,
                _ => value,
            };
        }
    }

    public static IReadOnlyList<PrintedFigure> In(string compactText) =>
        FiguresBeforeUnit().Matches(compactText)
            .Where(m => CellText.TryReadAmount(m.Groups["digits"].Value, out _))
            .Select(m => new PrintedFigure(m.Index, m.Index + m.Length, m.Groups["digits"].Value, m.Groups["unit"].Value))
            .ToList();

    // Where a figure stands: the run of figures right before a unit, not after another digit, a point or a separator
    // ("2024年", "1.5%" never lend their digits to a figure). Whether the run is an amount is CellText's to say.
    [GeneratedRegex(@"(?<![\d.,])(?<digits>[\d,]+(?:\.\d+)?)(?<unit>亿元|万元|元)")]
    private static partial Regex FiguresBeforeUnit();
}
