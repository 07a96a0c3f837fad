using ReportIngest.Core.Facts;

namespace ReportIngest.Validate.Measures;

/// <summary>
/// Finds the column identities that hold in a table, from the measure keys of SCHEMA.md. A composition is only
/// offered when the parent and at least two of its parts are columns of the table, and its parts are every part
/// of that parent the table has: a part missing from the table is then a blank (zero) column, not an unknown.
/// </summary>
public static class MeasureCompositions
{
    private const int MinimumParts = 2;

    /// <summary>Named splits of a total that SCHEMA.md's keys do not spell as <c>parent.child</c>.</summary>
    private static readonly MeasureComposition[] NamedSplits =
    [
        new("total", ["basic", "project"]),
        new("total", ["personnel", "public_operating"]),
        new("total", ["current_year", "carryover"]),
        new("three_public.total", ["three_public.overseas", "three_public.vehicles", "three_public.reception"]),
        new("three_public.vehicles", ["three_public.vehicle_purchase", "three_public.vehicle_operation"]),
    ];

    /// <summary>On the expenditure side of 财政拨款收支总表 every amount is 财政拨款 and splits by fund.</summary>
    private static readonly MeasureComposition FundSplit = new("total", ["general_budget", "gov_fund", "state_capital"]);

    private static readonly string[] FiscalFunds = ["general_budget", "gov_fund", "state_capital"];

    public static IReadOnlyList<MeasureComposition> For(IReadOnlyList<string> tableMeasures, bool twoSided)
    {
        var result = new List<MeasureComposition>();
        foreach (var group in tableMeasures.Select(MeasureKey.Parse).GroupBy(k => k.Namespace))
        {
            var keys = group.Select(k => k.Key).ToHashSet();
            var candidates = NamedSplits
                .Append(new MeasureComposition("total", keys.Where(IsEconomicClass).Order().ToList()))
                .Concat(keys.Select(parent => Nested(parent, keys)));
            if (twoSided && group.Key == MeasureNamespace.Expenditure)
                candidates = candidates.Append(FundSplit);
            result.AddRange(candidates
                .Select(c => Present(c, keys))
                .OfType<MeasureComposition>()
                .Select(c => Qualified(c, group.Key)));
        }
        return result.DistinctBy(c => c.ToString()).ToList();
    }

    private static bool IsEconomicClass(string key) => key.StartsWith("economic.", StringComparison.Ordinal) && key.Count(c => c == '.') == 1;

    /// <summary><c>carryover</c> = Σ <c>carryover.*</c>, <c>current_year.general_budget</c> = its <c>.basic</c> + <c>.project</c>.</summary>
    private static MeasureComposition Nested(string parent, HashSet<string> keys)
    {
        var prefix = MeasureKey.Join(parent, "");
        var children = keys
            .Where(k => k.StartsWith(prefix, StringComparison.Ordinal) && !k[prefix.Length..].Contains('.'))
            .Order()
            .ToList();
        // 财政拨款 is itself the sum of the funds: listing it beside them would count the money twice.
        var overlapping = children.Contains(prefix + "fiscal_appropriation") && FiscalFunds.Any(f => children.Contains(prefix + f));
        return new MeasureComposition(parent, overlapping ? [] : children);
    }

    private static MeasureComposition? Present(MeasureComposition composition, HashSet<string> keys)
    {
        if (!keys.Contains(composition.Parent))
            return null;
        var children = composition.Children.Where(keys.Contains).ToList();
        return children.Count >= MinimumParts ? composition with { Children = children } : null;
    }

    private static MeasureComposition Qualified(MeasureComposition composition, MeasureNamespace ns) =>
        new(new MeasureKey(ns, composition.Parent).ToString(), composition.Children.Select(c => new MeasureKey(ns, c).ToString()).ToList());
}
