using ReportIngest.Core.Facts;
using ReportIngest.Validate.Model;

namespace ReportIngest.Validate.Checks;

/// <summary>
/// In a one-sided table, each 合计/总计 line (uncoded; also group totals such as 人员经费合计) equals, per measure
/// it prints, the sum of the table's top coded lines: the 类 lines, or the 款/项 lines where no 类 is printed.
/// Two-sided tables are left to <see cref="TwoSidedTotalsCheck"/>.
/// </summary>
public sealed class TotalRowCheck : ICheck
{
    public string Kind => CheckKinds.TotalRow;

    public IEnumerable<CheckResult> Run(DocumentView document)
    {
        foreach (var table in document.Tables.Where(t => !t.IsTwoSided))
        {
            var totals = table.Lines.Where(l => !l.IsCoded && LineNames.IsTotal(l.CompactName)).ToList();
            foreach (var segments in table.Segments.GroupBy(s => s.Classification))
            {
                var roots = segments.SelectMany(s => s.Roots).ToList();
                foreach (var total in totals)
                {
                    foreach (var fact in total.Facts)
                    {
                        var parts = Amount.Sum(roots.Select(r => r.AmountOf(fact.Measure)).OfType<Amount>());
                        var description =
                            $"table {table.Index} '{total.ItemName}' [{fact.Measure}] = sum of the {roots.Count} top " +
                            $"{segments.Key} lines ({string.Join(", ", roots.Select(r => r.Code).Distinct().Take(8))}" +
                            $"{(roots.Count > 8 ? ", …" : "")})";
                        yield return Comparison.Make(Kind, table.Index, null, description, parts, Amount.Of(fact));
                    }
                }
            }
        }
    }
}
