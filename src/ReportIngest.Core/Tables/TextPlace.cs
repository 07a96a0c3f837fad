namespace ReportIngest.Core.Tables;

/// <summary>Where a line of running text was printed: its page (PDF) or its line in the source text.</summary>
public sealed record TextPlace(int? Page, int? Line);
