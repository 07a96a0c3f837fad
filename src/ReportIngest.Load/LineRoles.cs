using ReportIngest.Core.Facts;

namespace ReportIngest.Load;

/// <summary>
/// Gives each fact its line's role and whether it is a leaf, per table and measure, from how such tables are printed:
/// 合计/总计 lines are totals and 小计 lines subtotals; a coded line is a 类 (3 digits), 款 (5) or 项 (7) and is not a
/// leaf when a longer code under it follows; a code printed again on the next lines (a 项 over its projects) is the
/// heading of those lines; a line without a code whose amount is the sum of the coded leaves after it (a department
/// or unit line over its codes) is a subtotal. So the leaves of a table and measure sum to its total, once.
/// </summary>
public static class LineRoles
{
    private static readonly string[] TotalWords = ["合计", "总计", "共计"];
    private const string SubtotalWord = "小计";

    public static IReadOnlyDictionary<Fact, LineRole> Of(IEnumerable<Fact> facts)
    {
        var roles = new Dictionary<Fact, LineRole>(ReferenceEqualityComparer.Instance);
        foreach (var group in facts.GroupBy(f => (f.TableIndex, f.Measure)))
        {
            var lines = group.OrderBy(f => f.Row).ThenBy(f => f.Col).ToList();
            foreach (var fact in lines)
            {
                if (IsTotal(fact)) roles[fact] = new LineRole(LineRole.Total, false);
                else if (Label(fact).Contains(SubtotalWord, StringComparison.Ordinal)) roles[fact] = new LineRole(LineRole.Subtotal, false);
                else if (fact.Code.Length > 0) roles[fact] = new LineRole(CodeLevel(fact), IsCodedLeaf(fact, lines));
            }
            for (var i = 0; i < lines.Count; i++)
            {
                if (roles.ContainsKey(lines[i])) continue;
                roles[lines[i]] = SumsCodedLeavesAfter(lines, i, roles)
                    ? new LineRole(LineRole.Subtotal, false)
                    : new LineRole(LineRole.Line, true);
            }
        }
        return roles;
    }

    private static string Label(Fact fact) => fact.PrintedItem.Length > 0 ? fact.PrintedItem : fact.ItemName;

    private static bool IsTotal(Fact fact)
    {
        var label = Label(fact).Replace(" ", "", StringComparison.Ordinal);
        return fact.Code.Length == 0 && TotalWords.Any(w => label.Contains(w, StringComparison.Ordinal));
    }

    private static string CodeLevel(Fact fact) => fact.Code.Length switch
    {
        <= 3 => LineRole.Class,
        <= 5 => LineRole.Item,
        _ => LineRole.SubItem,
    };

    /// <summary>A coded line is a parent when a longer code under it, or its own code printed again after it, follows.</summary>
    private static bool IsCodedLeaf(Fact fact, IReadOnlyList<Fact> lines)
    {
        var firstOfCode = lines.First(f => f.Classification == fact.Classification && f.Code == fact.Code);
        foreach (var other in lines)
        {
            if (ReferenceEquals(other, fact) || other.Classification != fact.Classification || other.Code.Length == 0) continue;
            if (other.Code.Length > fact.Code.Length && other.Code.StartsWith(fact.Code, StringComparison.Ordinal)) return false;
            if (other.Code == fact.Code && ReferenceEquals(firstOfCode, fact) && other.Row > fact.Row) return false;
        }
        return true;
    }

    /// <summary>
    /// An uncoded line followed by coded lines whose leaves (up to the next uncoded line) add up to its amount, within
    /// the rounding of the printed figures.
    /// </summary>
    private static bool SumsCodedLeavesAfter(IReadOnlyList<Fact> lines, int index, IReadOnlyDictionary<Fact, LineRole> roles)
    {
        var sum = 0m;
        var leaves = 0;
        for (var j = index + 1; j < lines.Count && lines[j].Code.Length > 0; j++)
        {
            if (roles.TryGetValue(lines[j], out var role) && role.IsLeaf)
            {
                sum += lines[j].AmountWan;
                leaves++;
            }
        }
        if (leaves == 0) return false;
        var tolerance = 0.01m * leaves;
        return Math.Abs(sum - lines[index].AmountWan) <= tolerance;
    }
}
