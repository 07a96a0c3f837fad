using System.Globalization;

namespace ReportIngest.Load;

/// <summary>Exact decimal text for storage: invariant culture, no exponent, trailing zeros beyond cents trimmed.</summary>
public static class DecimalText
{
    public static string Of(decimal value)
    {
        var text = value.ToString("0.00############", CultureInfo.InvariantCulture);
        return text;
    }
}
