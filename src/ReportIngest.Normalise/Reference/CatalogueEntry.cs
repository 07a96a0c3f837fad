namespace ReportIngest.Normalise.Reference;

/// <summary>One row of a national catalogue: a code, its name, level and parent.</summary>
public sealed record CatalogueEntry(string Code, string Name, string Level, string ParentCode);
