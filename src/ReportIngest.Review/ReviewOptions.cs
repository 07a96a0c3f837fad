namespace ReportIngest.Review;

/// <summary>Where the review is written and how pages are rendered.</summary>
public sealed record ReviewOptions(string OutputDirectory)
{
    /// <summary>Resolution of the page images (pdftoppm -r).</summary>
    public int Dpi { get; init; } = 96;

    /// <summary>Documents written at once.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;
}
