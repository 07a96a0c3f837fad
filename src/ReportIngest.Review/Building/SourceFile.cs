using System.Security.Cryptography;
using ReportIngest.Core.Documents;
using ReportIngest.Extract.Text;
using ReportIngest.Review.Data;

namespace ReportIngest.Review.Building;

/// <summary>Finds and reads a document's source file: for page images (PDF) and source lines (text).</summary>
internal static class SourceFile
{
    /// <summary>The given path, else where acquire stored it, else its recorded name if a file of that name holds the same bytes.</summary>
    public static string? Locate(DocumentRecord document, string? given, ReviewDatabase database)
    {
        if (given is not null && File.Exists(given)) return given;
        if (database.StoredPath(document.Sha256) is { } stored && File.Exists(stored)) return stored;
        return File.Exists(document.Source) && HashOf(document.Source) == document.Sha256 ? document.Source : null;
    }

    /// <summary>The text input's lines as the text extractor numbered them (1-based: line n is element n - 1).</summary>
    public static IReadOnlyList<string>? Lines(string path)
    {
        try
        {
            return TextDecoder.Decode(File.ReadAllBytes(path)).Text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        }
        catch (DocumentFailure)
        {
            return null;
        }
    }

    private static string HashOf(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
