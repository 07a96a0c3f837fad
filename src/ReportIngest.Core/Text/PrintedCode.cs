namespace ReportIngest.Core.Text;

/// <summary>A classification code as printed ("208", "208 05 01", "2080501"): its joined digits, family and level.</summary>
public sealed record PrintedCode(string Digits, CodeFamily Family, CodeLevel Level)
{
    public static CodeFamily FamilyOf(string digits) => digits.Length == 0 ? CodeFamily.Other : digits[0] switch
    {
        '2' => CodeFamily.Function,
        '3' => CodeFamily.Economic,
        '5' => CodeFamily.GovernmentEconomic,
        _ => CodeFamily.Other,
    };
}
