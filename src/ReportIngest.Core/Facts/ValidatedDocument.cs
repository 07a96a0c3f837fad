namespace ReportIngest.Core.Facts;

/// <summary>The validate stage's output: the normalised document and every check run on it.</summary>
public sealed record ValidatedDocument(NormalisedDocument Normalised, IReadOnlyList<CheckResult> Checks)
{
    public int FailedChecks => Checks.Count(c => !c.Passed);
}
