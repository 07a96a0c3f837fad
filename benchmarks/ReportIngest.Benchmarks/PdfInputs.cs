using System.Security.Cryptography;
using ReportIngest.Core.Documents;

namespace ReportIngest.Benchmarks;

/// <summary>PDF files named on the command line, directories expanded.</summary>
internal static class PdfInputs
{
    public static List<string> Expand(IEnumerable<string> paths) =>
        paths.SelectMany<string, string>(p => Directory.Exists(p)
                ? Directory.EnumerateFiles(p, "*.pdf").Order(StringComparer.Ordinal)
                : [p])
            .ToList();

    public static SourceDocument Source(string path)
    {
        using var stream = File.OpenRead(path);
        var hash = Convert.ToHexStringLower(SHA256.HashData(stream));
        return new SourceDocument(path, Path.GetFileName(path), hash, stream.Length, DocumentKind.Pdf);
    }
}
