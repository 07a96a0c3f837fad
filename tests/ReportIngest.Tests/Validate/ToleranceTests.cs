using ReportIngest.Validate;

namespace ReportIngest.Tests.Validate;

public sealed class ToleranceTests
{
    [Theory]
    [InlineData(1, "0.01")]
    [InlineData(2, "0.01")]
    [InlineData(3, "0.015")]
    [InlineData(12, "0.06")]
    [InlineData(200, "0.10")]
    public void Allows_half_a_cent_of_rounding_per_part_within_bounds(int parts, string allowed) =>
        Assert.Equal(decimal.Parse(allowed, System.Globalization.CultureInfo.InvariantCulture), Tolerance.For(parts));

    [Fact]
    public void Twelve_rounded_parts_may_miss_their_total_by_two_cents() =>
        // 000 部门支出总表: the twelve 项 lines add up to 4695.72 against a printed 合计 of 4695.70.
        Assert.True(Tolerance.Agrees(4695.72m, 4695.70m, 12));

    [Fact]
    public void Two_parts_may_not_miss_by_two_cents() => Assert.False(Tolerance.Agrees(10.02m, 10.00m, 2));
}
