using System.Security.Cryptography;

namespace ReportIngest.Classify.ML;

/// <summary>A short digest of some files' bytes (a missing file counts as empty): names a model in stage versions.</summary>
internal static class FileHashes
{
    public static string Of(params string[] paths)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var path in paths)
            if (File.Exists(path)) hash.AppendData(File.ReadAllBytes(path));
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..12];
    }
}
