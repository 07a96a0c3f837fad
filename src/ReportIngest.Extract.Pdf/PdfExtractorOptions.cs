namespace ReportIngest.Extract.Pdf;

/// <summary>Settings of <see cref="PdfExtractor"/>.</summary>
public sealed record PdfExtractorOptions
{
    /// <summary>
    /// Pages analysed at once, each worker with its own parser (PdfPig documents are not
    /// thread-safe). Parsing dominates the cost, so a second worker nearly doubles throughput on an
    /// idle machine; use 1 when the caller already runs documents in parallel.
    /// </summary>
    public int MaxParallelPages { get; init; } = Math.Clamp(Environment.ProcessorCount, 1, 2);

    public static PdfExtractorOptions Default { get; } = new();
}
