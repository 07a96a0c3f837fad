namespace ReportIngest.Extract.Ocr;

/// <summary>Chinese characters and full-width forms: what the digit model can never have read.</summary>
internal static class Ideographs
{
    public static bool IsIdeograph(char c) => c is >= '\u3000' and <= '\u9FFF' or >= '\uFF00' and <= '\uFFEF';
}
