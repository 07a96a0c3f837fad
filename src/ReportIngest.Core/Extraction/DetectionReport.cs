namespace ReportIngest.Core.Extraction;

/// <summary>Why a block was taken as a table, and how full its grid is (filled cell area over all slots, 0–1).</summary>
public sealed record DetectionReport(string Reason, double Score);
