namespace ReportIngest.Normalise.Reference;

/// <summary>GB/T 2260 administrative divisions: finds the county (or prefecture/province) a report names.</summary>
public sealed class AdminDivisions
{
    private readonly IReadOnlyList<CatalogueEntry> all;
    private readonly Dictionary<string, CatalogueEntry> byCode;

    public AdminDivisions(IEnumerable<CatalogueEntry> main, IEnumerable<CatalogueEntry> extra)
    {
        all = main.ToList();
        byCode = all.Concat(extra).GroupBy(e => e.Code).ToDictionary(g => g.Key, g => g.First());
    }

    public CatalogueEntry? ByCode(string code) => byCode.GetValueOrDefault(code);

    /// <summary>
    /// The most specific division whose name appears in the text, preferring counties, then the longest name; a
    /// county name shared by several places is settled by a province or prefecture also named in the text.
    /// </summary>
    public CatalogueEntry? Find(string text)
    {
        foreach (var level in new[] { "county", "prefecture", "province" })
        {
            var hits = all.Where(e => e.Level == level && e.Name.Length >= 2 && !IsPlaceholder(e.Name) && text.Contains(e.Name, StringComparison.Ordinal))
                .GroupBy(e => e.Name).OrderByDescending(g => g.Key.Length).FirstOrDefault();
            if (hits is null) continue;
            var candidates = hits.ToList();
            if (candidates.Count == 1) return candidates[0];
            var settled = candidates.Where(c => Ancestors(c).Any(a => text.Contains(ShortName(a.Name), StringComparison.Ordinal))).ToList();
            return settled.Count == 1 ? settled[0] : candidates[0];
        }
        return null;
    }

    private IEnumerable<CatalogueEntry> Ancestors(CatalogueEntry entry)
    {
        var current = entry;
        while (current.ParentCode.Length > 0 && byCode.TryGetValue(current.ParentCode, out var parent))
        {
            yield return parent;
            current = parent;
        }
    }

    private static bool IsPlaceholder(string name) => name is "市辖区" or "县" or "省直辖县级行政区划" or "自治区直辖县级行政区划";

    private static string ShortName(string name) =>
        name.Length > 2 ? name.TrimEnd('省', '市').Replace("维吾尔自治区", "").Replace("壮族自治区", "").Replace("回族自治区", "").Replace("自治区", "") : name;
}
