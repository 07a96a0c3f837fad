namespace ReportIngest.Tests.Support;

/// <summary>Paths inside the repository, found from the test binary's folder upwards.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Corpus => Path.Combine(Root, "corpus");
    public static string Gold => Path.Combine(Root, "tests", "gold");
    public static string Fixtures => Path.Combine(Root, "tests", "fixtures");
    /// <summary>The shared data folder beside the repository (../shared); absent in a user's clone.</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));
    public static string RealReports => Path.Combine(Shared, "real");

    public static string CorpusFile(string prefix) =>
        Directory.EnumerateFiles(Corpus).Single(f => Path.GetFileName(f).StartsWith(prefix, StringComparison.Ordinal));

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ReportIngest.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("ReportIngest.sln not found above " + AppContext.BaseDirectory);
    }
}
