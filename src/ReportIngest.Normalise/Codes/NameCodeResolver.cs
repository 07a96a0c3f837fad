using ReportIngest.Normalise.Reference;

namespace ReportIngest.Normalise.Codes;

/// <summary>
/// Finds the code of a row that prints only a name: by the catalogue name, settled by the codes printed around it
/// when several codes share the name (一般行政管理事务 exists under many 款), or by the 类（款）（项） narrative form.
/// </summary>
public static class NameCodeResolver
{
    public static string Resolve(string name, ClassificationCatalogue catalogue, string? parentCode, IReadOnlyList<string> nearbyCodes, string? levelFilter = null)
    {
        if (name.Length == 0) return "";
        var narrative = NarrativeCode(name, catalogue);
        if (narrative.Length > 0) return narrative;
        var candidates = catalogue.WithName(name).Where(e => levelFilter is null || e.Level == levelFilter).ToList();
        if (parentCode is { Length: > 0 })
        {
            var children = candidates.Where(e => e.ParentCode == parentCode || e.Code.StartsWith(parentCode, StringComparison.Ordinal)).ToList();
            if (children.Count == 1) return children[0].Code;
        }
        if (candidates.Count == 1) return candidates[0].Code;
        if (candidates.Count == 0) return "";
        // Several codes share the name: keep the one the neighbouring printed codes point to.
        foreach (var near in nearbyCodes.Where(c => c.Length > 0))
        {
            var exact = candidates.Where(e => e.Code == near).ToList();
            if (exact.Count == 1) return exact[0].Code;
            var hit = candidates.Where(e => near.StartsWith(e.Code, StringComparison.Ordinal) || e.Code.StartsWith(near, StringComparison.Ordinal)).ToList();
            if (hit.Count == 1) return hit[0].Code;
        }
        return "";
    }

    // 卫生健康（类）医疗保障管理事务（款）行政运行（项）
    private static string NarrativeCode(string name, ClassificationCatalogue catalogue)
    {
        var key = NameKey.Of(name);
        var lei = key.IndexOf("(类)", StringComparison.Ordinal);
        if (lei < 0) return "";
        var parts = new List<(string Name, string Level)>();
        var rest = key;
        foreach (var (marker, level) in new[] { ("(类)", "类"), ("(款)", "款"), ("(项)", "项") })
        {
            var at = rest.IndexOf(marker, StringComparison.Ordinal);
            if (at < 0) break;
            parts.Add((rest[..at], level));
            rest = rest[(at + marker.Length)..];
        }
        var code = "";
        foreach (var (partName, level) in parts)
        {
            var hit = catalogue.WithName(partName).Where(e => e.Level == level && e.Code.StartsWith(code, StringComparison.Ordinal)).ToList();
            if (hit.Count != 1) return code;
            code = hit[0].Code;
        }
        return code;
    }
}
