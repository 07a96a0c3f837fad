using System.Globalization;

namespace ReportIngest.Tests.Validate;

/// <summary>One line of a gold facts file.</summary>
public sealed record GoldRow(
    int TableIndex, string TableType, string Classification, string Code, string ItemName, string Measure, decimal AmountWan)
{
    public static GoldRow Parse(string line)
    {
        var f = line.Split(',');
        return new GoldRow(int.Parse(f[1], CultureInfo.InvariantCulture), f[3], f[4], f[5], f[6], f[7],
            decimal.Parse(f[8], CultureInfo.InvariantCulture));
    }
}
