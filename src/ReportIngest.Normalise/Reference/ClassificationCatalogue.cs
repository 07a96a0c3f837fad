namespace ReportIngest.Normalise.Reference;

/// <summary>
/// A classification catalogue (function or economic): names by code, codes by name, children by parent.
/// Lookups by name return every code of that name, so callers resolve ambiguity from context.
/// </summary>
public sealed class ClassificationCatalogue
{
    private readonly Dictionary<string, CatalogueEntry> byCode;
    private readonly ILookup<string, CatalogueEntry> byName;

    public ClassificationCatalogue(string classification, IEnumerable<CatalogueEntry> entries)
    {
        Classification = classification;
        var list = entries.ToList();
        byCode = list.GroupBy(e => e.Code).ToDictionary(g => g.Key, g => g.First());
        byName = list.ToLookup(e => NameKey.Of(e.Name));
    }

    /// <summary>"function" or "economic": the value of v_fact.classification.</summary>
    public string Classification { get; }

    public bool Contains(string code) => byCode.ContainsKey(code);

    public string? NameOf(string code) => byCode.TryGetValue(code, out var e) ? e.Name : null;

    public IReadOnlyList<CatalogueEntry> WithName(string name) => byName[NameKey.Of(name)].ToList();

    public IEnumerable<CatalogueEntry> ChildrenOf(string parentCode) => byCode.Values.Where(e => e.ParentCode == parentCode);
}
