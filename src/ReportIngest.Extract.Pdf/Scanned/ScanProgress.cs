namespace ReportIngest.Extract.Pdf.Scanned;

/// <summary>Pages of one document read by the scanned-page reader so far, out of how many it has to read.</summary>
public readonly record struct ScanProgress(string Source, int Done, int Total);
