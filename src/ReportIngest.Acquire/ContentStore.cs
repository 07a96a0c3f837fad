using System.Diagnostics;

namespace ReportIngest.Acquire;

/// <summary>
/// Files named by their SHA-256 and extension, in one folder. Bytes are written to a partial file under
/// <c>.partial/</c> and renamed into place only when complete, so the store never holds a truncated file.
/// </summary>
public sealed class ContentStore
{
    private const string PartialFolder = ".partial";
    private const string PartialExtension = ".part";

    public ContentStore(string root)
    {
        Root = Path.GetFullPath(root);
        Directory.CreateDirectory(PartialDirectory);
    }

    public string Root { get; }

    private string PartialDirectory => Path.Combine(Root, PartialFolder);

    public string PathOf(string sha256, string extension) => Path.Combine(Root, sha256 + extension);

    /// <summary>A new partial file name; the process id in it tells <see cref="RemoveAbandonedPartials"/> whose it is.</summary>
    public string NewPartialPath() =>
        Path.Combine(PartialDirectory, $"{Environment.ProcessId}-{Guid.NewGuid():N}{PartialExtension}");

    /// <summary>Moves a complete partial file into place; identical content already stored is kept and the partial dropped.</summary>
    public string Commit(string partialPath, string sha256, string extension)
    {
        var path = PathOf(sha256, extension);
        if (File.Exists(path))
            File.Delete(partialPath);
        else
            File.Move(partialPath, path, overwrite: true); // overwrite: another worker may have committed the same bytes meanwhile
        return path;
    }

    public static void Discard(string partialPath)
    {
        try { File.Delete(partialPath); }
        catch (IOException) { } // removed at the next run's start
    }

    /// <summary>Deletes partial files left by runs that were killed; those of live processes (a concurrent run) stay.</summary>
    public int RemoveAbandonedPartials()
    {
        var removed = 0;
        foreach (var file in Directory.EnumerateFiles(PartialDirectory, "*" + PartialExtension))
        {
            var owner = OwnerOf(file);
            if (owner == Environment.ProcessId || (owner is { } pid && IsRunning(pid)))
                continue;
            Discard(file);
            removed++;
        }
        return removed;
    }

    private static int? OwnerOf(string partialPath)
    {
        var name = Path.GetFileNameWithoutExtension(partialPath);
        var dash = name.IndexOf('-');
        return dash > 0 && int.TryParse(name[..dash], out var pid) ? pid : null;
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
