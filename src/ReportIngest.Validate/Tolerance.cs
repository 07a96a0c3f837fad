namespace ReportIngest.Validate;

/// <summary>
/// How far a printed total may lie from the sum of its printed parts. Reports round every figure to 0.01 万元
/// ("因数据取舍…可能存在尾数误差"), so each of n parts carries up to 0.005 of rounding and the sum can drift by
/// about 0.005·n. The allowance is max(0.01, 0.005·n), capped at 0.10 万元 so that a long list of parts cannot hide
/// a real error of a thousand yuan.
/// </summary>
public static class Tolerance
{
    public const decimal Minimum = 0.01m;
    public const decimal PerPart = 0.005m;
    public const decimal Maximum = 0.10m;

    public static decimal For(int parts) => Math.Min(Maximum, Math.Max(Minimum, PerPart * parts));

    public static bool Agrees(decimal expected, decimal actual, int parts) => Math.Abs(expected - actual) <= For(parts);
}
