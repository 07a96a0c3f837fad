namespace ReportIngest.Load;

/// <summary>An amount in 万元 as whole 分 (1 万元 = 1,000,000 分), so SQL sums are exact integers.</summary>
public static class Fen
{
    private const decimal PerWan = 1_000_000m;

    public static long Of(decimal amountWan) => (long)decimal.Round(amountWan * PerWan, MidpointRounding.AwayFromZero);
}
