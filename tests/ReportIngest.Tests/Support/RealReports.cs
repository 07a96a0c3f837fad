namespace ReportIngest.Tests.Support;

/// <summary>
/// The published reports in ../shared/real (beside the repository, never committed). A clone without them skips
/// the tests that need them.
/// </summary>
public static class RealReports
{
    public static string Folder => Path.GetFullPath(Path.Combine(RepoPaths.Root, "..", "shared", "real"));

    public static bool Present => Directory.Exists(Folder) && Directory.EnumerateFiles(Folder, "*.pdf").Any();

    public static string File(string name) => Path.Combine(Folder, name);

    public const string SkipReason = "../shared/real (the published real reports) is not beside this clone";
}

/// <summary>A fact that needs ../shared/real: skipped when it is absent.</summary>
public sealed class RealReportsFactAttribute : FactAttribute
{
    public RealReportsFactAttribute()
    {
        if (!RealReports.Present) Skip = RealReports.SkipReason;
    }
}

/// <summary>A theory that needs ../shared/real: skipped when it is absent.</summary>
public sealed class RealReportsTheoryAttribute : TheoryAttribute
{
    public RealReportsTheoryAttribute()
    {
        if (!RealReports.Present) Skip = RealReports.SkipReason;
    }
}
