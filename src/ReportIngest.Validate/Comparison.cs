using ReportIngest.Core.Facts;

namespace ReportIngest.Validate;

/// <summary>Builds a <see cref="CheckResult"/> from a printed figure and the sum it should equal.</summary>
public static class Comparison
{
    /// <param name="expected">The sum of the parts.</param>
    /// <param name="actual">The printed total.</param>
    public static CheckResult Make(
        string kind, int table, int? otherTable, string description, Amount expected, Amount actual)
    {
        var parts = Math.Max(expected.Parts, actual.Parts);
        return new CheckResult
        {
            Kind = kind,
            TableIndex = table,
            OtherTableIndex = otherTable,
            Description = $"{description} (tolerance {Tolerance.For(parts):0.00##} 万元)",
            Expected = expected.Value,
            Actual = actual.Value,
            Passed = Tolerance.Agrees(expected.Value, actual.Value, parts),
            Cells = actual.Cells.Concat(expected.Cells).Distinct().ToList(),
        };
    }
}
