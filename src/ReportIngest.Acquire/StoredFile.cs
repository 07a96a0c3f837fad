namespace ReportIngest.Acquire;

/// <summary>Bytes that passed the content checks and are in the store.</summary>
internal sealed record StoredFile(string Path, string Sha256, long Bytes);
