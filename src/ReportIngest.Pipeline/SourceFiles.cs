using System.Security.Cryptography;
using ReportIngest.Core.Documents;

namespace ReportIngest.Pipeline;

/// <summary>Expands the command line's files and folders into source documents, hashed and sniffed.</summary>
public static class SourceFiles
{
    private static readonly HashSet<string> ReportExtensions = new(StringComparer.OrdinalIgnoreCase) { ".pdf", ".txt", ".md", ".text", "" };

    public static IEnumerable<string> Expand(IEnumerable<string> inputs)
    {
        foreach (var input in inputs)
        {
            if (Directory.Exists(input))
            {
                foreach (var file in Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories)
                             .Where(f => ReportExtensions.Contains(Path.GetExtension(f)) && !Path.GetFileName(f).StartsWith('.'))
                             .Order(StringComparer.Ordinal))
                    yield return file;
            }
            else
            {
                yield return input;
            }
        }
    }

    public static SourceDocument Open(string path, string? source = null)
    {
        if (!File.Exists(path))
            throw new DocumentFailure("acquire", $"file not found: {path}");
        using var stream = File.OpenRead(path);
        var sha = Convert.ToHexStringLower(SHA256.HashData(stream));
        var kind = stream.Length == 0 ? DocumentKind.Text : DocumentKinds.Sniff(path);
        return new SourceDocument(path, source ?? Path.GetFileName(path), sha, stream.Length, kind);
    }
}
