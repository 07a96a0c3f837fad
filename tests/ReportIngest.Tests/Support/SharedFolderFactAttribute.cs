namespace ReportIngest.Tests.Support;

/// <summary>A fact over a folder of ../shared (outside data, never in the repository): skipped where it is absent.</summary>
public sealed class SharedFolderFactAttribute : FactAttribute
{
    public SharedFolderFactAttribute(string folder)
    {
        var path = Path.Combine(RepoPaths.Shared, folder);
        if (!Directory.Exists(path)) Skip = $"{path} is not here; it is outside data, never part of the repository";
    }
}
