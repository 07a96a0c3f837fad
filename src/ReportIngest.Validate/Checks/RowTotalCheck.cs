using ReportIngest.Core.Facts;
using ReportIngest.Validate.Measures;
using ReportIngest.Validate.Model;

namespace ReportIngest.Validate.Checks;

/// <summary>
/// Within a line, a total column equals the sum of its part columns where the measure keys say so
/// (total = basic + project, total = personnel + public_operating, total = current_year + carryover,
/// X = X.a + X.b …; see <see cref="MeasureCompositions"/>). Income totals are not split: income sources overlap.
/// </summary>
public sealed class RowTotalCheck : ICheck
{
    /// <param name="minimumPartsInLine">
    /// How many parts must be printed in the line for it to be checked; blank parts count as zero. Two (the
    /// default) skips lines where a single part is printed, which is where a lost or misplaced cell is most
    /// likely to be confused with a blank.
    /// </param>
    public RowTotalCheck(int minimumPartsInLine = 2) => MinimumPartsInLine = minimumPartsInLine;

    public int MinimumPartsInLine { get; }

    public string Kind => CheckKinds.RowTotal;

    public IEnumerable<CheckResult> Run(DocumentView document)
    {
        foreach (var table in document.Tables)
        {
            var compositions = MeasureCompositions.For(table.Measures, table.IsTwoSided)
                .Where(c => !c.Parent.StartsWith("income.", StringComparison.Ordinal))
                .ToList();
            foreach (var line in table.Lines)
            {
                foreach (var composition in compositions)
                {
                    if (line.AmountOf(composition.Parent) is not { } printed)
                        continue;
                    var parts = composition.Children.Select(line.AmountOf).OfType<Amount>().ToList();
                    if (parts.Count < MinimumPartsInLine)
                        continue;
                    var description = $"table {table.Index} line '{line}': {composition}";
                    yield return Comparison.Make(Kind, table.Index, null, description, Amount.Sum(parts), printed);
                }
            }
        }
    }
}
