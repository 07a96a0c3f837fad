namespace ReportIngest.Normalise.Reference;

/// <summary>
/// A classification catalogue (function or economic): names by code, codes by name, children by parent.
/// Lookups by name return every code of that name, so callers resolve ambiguity from context.
/// </summary>
public sealed class ClassificationCatalogue
{
    private readonly Dictionary<string, CatalogueEntry> byCode;
    private readonly ILookup<string, CatalogueEntry> byName;

    /// <param name="formerNames">Names a code had in earlier catalogues (医疗卫生与计划生育支出 for 210): found by name,
    /// never given as the code's name.</param>
    public ClassificationCatalogue(string classification, IEnumerable<CatalogueEntry> entries, IEnumerable<CatalogueEntry>? formerNames = null)
    {
        Classification = classification;
        var list = entries.ToList();
        byCode = list.GroupBy(e => e.Code).ToDictionary(g => g.Key, g => g.First());
        var renamed = (formerNames ?? []).Where(f => byCode.ContainsKey(f.Code)).Select(f => (Name: f.Name, Entry: byCode[f.Code])).ToList();
        byName = list.Select(e => (e.Name, Entry: e)).Concat(renamed).ToLookup(x => NameKey.Of(x.Name), x => x.Entry);
        former = renamed.Select(r => (r.Entry.Code, NameKey.Of(r.Name))).ToHashSet();
    }

    private readonly HashSet<(string Code, string NameKey)> former;

    /// <summary>The name to store for a code printed with <paramref name="printedName"/>: the current name where the
    /// report printed a former one, else the printed name.</summary>
    public string CurrentName(string code, string printedName) =>
        former.Contains((code, NameKey.Of(printedName))) ? NameOf(code) ?? printedName : printedName;

    /// <summary>"function" or "economic": the value of v_fact.classification.</summary>
    public string Classification { get; }

    public bool Contains(string code) => byCode.ContainsKey(code);

    public string? NameOf(string code) => byCode.TryGetValue(code, out var e) ? e.Name : null;

    public IReadOnlyList<CatalogueEntry> WithName(string name) => byName[NameKey.Of(name)].ToList();

    public IEnumerable<CatalogueEntry> ChildrenOf(string parentCode) => byCode.Values.Where(e => e.ParentCode == parentCode);
}
