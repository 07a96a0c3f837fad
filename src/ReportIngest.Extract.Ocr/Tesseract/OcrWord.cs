namespace ReportIngest.Extract.Ocr.Tesseract;

/// <summary>A word Tesseract read in one image: its box in that image's pixels and its confidence (0..1).</summary>
internal sealed record OcrWord(string Text, int Left, int Top, int Width, int Height, double Confidence);
