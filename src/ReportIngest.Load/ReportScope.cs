namespace ReportIngest.Load;

/// <summary>
/// Whether a report covers a whole department (部门预算 / 部门决算) or one budget unit (单位预算 / 单位决算), from the
/// first such name in its opening text: the title page names the report before any table does.
/// </summary>
public static class ReportScope
{
    public const string Department = "department";
    public const string Unit = "unit";

    private static readonly (string Words, string Scope)[] Names =
    [
        ("部门预算", Department), ("部门决算", Department), ("单位预算", Unit), ("单位决算", Unit),
    ];

    public static string? Detect(IEnumerable<string> text)
    {
        foreach (var line in text.Take(80))
        {
            var compact = line.Replace(" ", "", StringComparison.Ordinal).Replace("\u3000", "", StringComparison.Ordinal);
            var first = Names.Select(n => (n.Scope, At: compact.IndexOf(n.Words, StringComparison.Ordinal)))
                .Where(n => n.At >= 0).OrderBy(n => n.At).FirstOrDefault();
            if (first.Scope is not null) return first.Scope;
        }
        return null;
    }
}
