using System.Globalization;
using System.Text;
using ReportIngest.Core.Facts;

namespace ReportIngest.Validate;

/// <summary>Counts of checks by kind and the failed ones, for a terminal or a log.</summary>
public sealed record ValidationSummary(IReadOnlyList<KindCount> Kinds, IReadOnlyList<CheckResult> Failed)
{
    public int Run => Kinds.Sum(k => k.Run);
    public int Passed => Kinds.Sum(k => k.Passed);

    public static ValidationSummary Of(ValidatedDocument document) => Of(document.Checks);

    public static ValidationSummary Of(IReadOnlyList<CheckResult> checks)
    {
        var kinds = CheckKinds.All
            .Concat(checks.Select(c => c.Kind))
            .Distinct()
            .Select(kind => checks.Where(c => c.Kind == kind).ToList())
            .Where(group => group.Count > 0)
            .Select(group => new KindCount(group[0].Kind, group.Count, group.Count(c => c.Passed)))
            .ToList();
        return new ValidationSummary(kinds, checks.Where(c => !c.Passed).ToList());
    }

    /// <summary>One line per kind, then one line per failed check with the difference and its cells.</summary>
    public string ToText(int maxFailures = 50)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"checks: {Run} run, {Passed} passed, {Failed.Count} failed");
        foreach (var kind in Kinds)
            text.AppendLine(CultureInfo.InvariantCulture, $"  {kind.Kind,-12} {kind.Run,5} run {kind.Passed,5} passed {kind.Failed,4} failed");
        foreach (var check in Failed.Take(maxFailures))
        {
            var other = check.OtherTableIndex is { } o ? $" vs table {o}" : "";
            text.AppendLine(CultureInfo.InvariantCulture,
                $"  FAIL [{check.Kind}] table {check.TableIndex}{other}: {check.Description}");
            text.AppendLine(CultureInfo.InvariantCulture,
                $"       expected {check.Expected:0.00##} actual {check.Actual:0.00##} " +
                $"(diff {check.Actual - check.Expected:+0.00##;-0.00##;0}) cells {string.Join(" ", check.Cells)}");
        }
        if (Failed.Count > maxFailures)
            text.AppendLine(CultureInfo.InvariantCulture, $"  … {Failed.Count - maxFailures} more failed");
        return text.ToString();
    }
}
