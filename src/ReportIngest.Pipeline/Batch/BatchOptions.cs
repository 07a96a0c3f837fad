namespace ReportIngest.Pipeline.Batch;

/// <summary>How a batch runs: where it writes, how many documents at once, how long one document may take.</summary>
public sealed record BatchOptions(string DatabasePath, string ArtifactRoot)
{
    /// <summary>Defaults for a database, its artifacts beside it.</summary>
    public static BatchOptions For(string database) => new(database, PipelineInfo.ArtifactRootFor(database));

    public int Parallelism { get; init; } = Environment.ProcessorCount;
    public TimeSpan DocumentTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Time added to a document's limit for each of its pages that has to be OCRed (several seconds of CPU each, more on a busy machine).</summary>
    public TimeSpan OcrPageTimeout { get; init; } = TimeSpan.FromSeconds(60);
    public long MaxFileBytes { get; init; } = 512L * 1024 * 1024;

    /// <summary>How long a write waits for another program's lock on the database before the document fails.</summary>
    public TimeSpan BusyTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Load every document again, even one the database holds from the same file and stages of the same versions
    /// (which a re-run otherwise leaves as it is).
    /// </summary>
    public bool Reload { get; init; }

    /// <summary>How PDFs are read; with a scanned-page reader (OCR) pages without a text layer are read too.</summary>
    public ReportIngest.Extract.Pdf.PdfExtractorOptions Pdf { get; init; } = ReportIngest.Extract.Pdf.PdfExtractorOptions.Default;
}
