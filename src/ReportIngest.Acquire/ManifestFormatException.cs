namespace ReportIngest.Acquire;

/// <summary>A manifest that cannot be read, with the file and line to fix.</summary>
public sealed class ManifestFormatException(string message) : Exception(message);
