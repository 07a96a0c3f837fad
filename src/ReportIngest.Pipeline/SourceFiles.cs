using System.Security.Cryptography;
using System.Text;
using ReportIngest.Core.Documents;

namespace ReportIngest.Pipeline;

/// <summary>Expands the command line's files and folders into source documents, hashed and sniffed.</summary>
public static class SourceFiles
{
    private static readonly HashSet<string> ReportExtensions = new(StringComparer.OrdinalIgnoreCase) { ".pdf", ".txt", ".md", ".text", "" };

    /// <summary>
    /// The files to ingest, in order, and the files of the folders that are not reports (.zip, .png …). Each folder is
    /// walked once however many links lead to it, so a link to itself or to a parent cannot repeat files; a file
    /// that cannot be read, or a link to nothing, is still listed, so it gets its failed row.
    /// </summary>
    public static SourceListing Expand(IEnumerable<string> inputs)
    {
        var files = new List<string>();
        var skipped = new List<string>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            if (Directory.Exists(input)) Walk(input, files, skipped, visited);
            else files.Add(input);
        }
        return new SourceListing(files, skipped);
    }

    private static void Walk(string directory, List<string> files, List<string> skipped, HashSet<string> visited)
    {
        if (!visited.Add(RealPath(directory))) return;
        IEnumerable<string> entries;
        try
        {
            entries = Directory.EnumerateFileSystemEntries(directory).Order(StringComparer.Ordinal).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            skipped.Add($"{directory} (folder cannot be read: {e.Message})");
            return;
        }
        foreach (var entry in entries)
        {
            if (Path.GetFileName(entry).StartsWith('.')) continue;
            if (Directory.Exists(entry)) continue; // folders after the files, as a listing reads
            if (ReportExtensions.Contains(Path.GetExtension(entry))) files.Add(entry);
            else skipped.Add(entry);
        }
        foreach (var entry in entries.Where(e => Directory.Exists(e) && !Path.GetFileName(e).StartsWith('.')))
            Walk(entry, files, skipped, visited);
    }

    /// <summary>The folder's path with every link along it resolved, so two routes to one folder compare equal.</summary>
    private static string RealPath(string directory)
    {
        var full = Path.GetFullPath(directory);
        var current = Path.GetPathRoot(full) ?? "";
        foreach (var part in full[current.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, part);
            try
            {
                if (new DirectoryInfo(current).ResolveLinkTarget(returnFinalTarget: true) is { } target) current = target.FullName;
            }
            catch (IOException)
            {
                // a link loop: keep the path as it is written
            }
        }
        return current;
    }

    public static SourceDocument Open(string path, string? source = null)
    {
        var info = new FileInfo(path);
        if (info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { Exists: false } target)
            throw new DocumentFailure("acquire", $"broken link: {path} points to {target.FullName}, which does not exist");
        if (!info.Exists)
            throw new DocumentFailure("acquire", $"file not found: {path}");
        using var stream = File.OpenRead(path);
        var sha = Convert.ToHexStringLower(SHA256.HashData(stream));
        var kind = stream.Length == 0 ? DocumentKind.Text : DocumentKinds.Sniff(path);
        return new SourceDocument(path, source ?? Path.GetFileName(path), sha, stream.Length, kind);
    }

    /// <summary>
    /// A file whose bytes cannot be read has no content hash: its identity is the hash of its full path instead
    /// (prefixed so it can never equal a content hash of real bytes by design), which gives it one stable row.
    /// </summary>
    public static SourceDocument Unreadable(string path, string? source = null)
    {
        var sha = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("unreadable:" + Path.GetFullPath(path))));
        var kind = Path.GetExtension(path).Equals(".pdf", StringComparison.OrdinalIgnoreCase) ? DocumentKind.Pdf : DocumentKind.Text;
        return new SourceDocument(path, source ?? Path.GetFileName(path), sha, 0, kind);
    }
}
