using ReportIngest.Core.Facts;
using ReportIngest.Validate.Model;

namespace ReportIngest.Validate.Checks;

/// <summary>
/// In a one-sided table, each 合计/总计 line (uncoded) equals, per measure it prints, the sum of the table's top coded
/// lines: the 类 lines, or the 款/项 lines where no 类 is printed. The group totals of an economic table are sums of
/// their own classes, as the national template defines them: 人员经费(合计) = 301 工资福利支出 + 303 对个人和家庭的补助,
/// 公用经费(合计) = every other class (302 商品和服务支出, 310 资本性支出 …). Two-sided tables are left to
/// <see cref="TwoSidedTotalsCheck"/>.
/// </summary>
public sealed class TotalRowCheck : ICheck
{
    public string Kind => CheckKinds.TotalRow;

    private static readonly string[] PersonnelClasses = ["301", "303"];

    private static List<CodeNode> RootsOf(string totalName, string classification, List<CodeNode> roots)
    {
        if (classification != "economic") return roots;
        if (totalName.StartsWith("人员经费", StringComparison.Ordinal))
            return roots.Where(r => PersonnelClasses.Any(c => r.Code.StartsWith(c, StringComparison.Ordinal))).ToList();
        if (totalName.StartsWith("公用经费", StringComparison.Ordinal) || totalName.StartsWith("日常公用经费", StringComparison.Ordinal))
            return roots.Where(r => !PersonnelClasses.Any(c => r.Code.StartsWith(c, StringComparison.Ordinal))).ToList();
        return roots;
    }

    public IEnumerable<CheckResult> Run(DocumentView document)
    {
        foreach (var table in document.Tables.Where(t => !t.IsTwoSided))
        {
            var totals = table.Lines.Where(l => !l.IsCoded && LineNames.IsTotal(l.CompactName)).ToList();
            foreach (var segments in table.Segments.GroupBy(s => s.Classification))
            {
                var allRoots = segments.SelectMany(s => s.Roots).ToList();
                foreach (var total in totals)
                {
                    var roots = RootsOf(total.CompactName, segments.Key, allRoots);
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
