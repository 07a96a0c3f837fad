namespace ReportIngest.Extract.Ocr;

/// <summary>Settings of <see cref="TesseractPageReader"/>.</summary>
public sealed record OcrOptions
{
    /// <summary>Resolution pages are rendered at: 300 dpi gives Tesseract the ~30 px line height it reads best.</summary>
    public int Dpi { get; init; } = 300;

    /// <summary>Pages OCRed at once over all documents (one Tesseract process each, single-threaded).</summary>
    public int MaxParallelPages { get; init; } = Environment.ProcessorCount;

    /// <summary>Tesseract model for the text: simplified Chinese, which also reads digits and Latin.</summary>
    public string Language { get; init; } = "chi_sim";

    /// <summary>Model for pieces that read as numbers: read again restricted to digits and separators.</summary>
    public string DigitLanguage { get; init; } = "eng";

    /// <summary>Seconds one Tesseract or pdftoppm run may take.</summary>
    public int ToolTimeoutSeconds { get; init; } = 300;

    public static OcrOptions Default { get; } = new();
}
