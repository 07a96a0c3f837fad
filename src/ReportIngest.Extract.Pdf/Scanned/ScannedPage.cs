namespace ReportIngest.Extract.Pdf.Scanned;

/// <summary>
/// What a scanned page holds, in points in upright page space (origin top left, y grows downwards), the page as
/// displayed: its size, the words read and the ruling lines found in the image.
/// </summary>
public sealed record ScannedPage(double Width, double Height, IReadOnlyList<ScannedWord> Words, IReadOnlyList<ScannedRule> Rules);

/// <summary>A word read from the image: its text, ink box and how sure the reader is (0..1).</summary>
public sealed record ScannedWord(string Text, double Left, double Top, double Right, double Bottom, double Confidence)
{
    /// <summary>The top and bottom of the line the word was read in: the glyphs' size and baseline come from it.</summary>
    public double LineTop { get; init; } = Top;
    public double LineBottom { get; init; } = Bottom;

    /// <summary>Every reading the reader had of the word, the one taken (<see cref="Text"/>) first; empty when it had one.</summary>
    public IReadOnlyList<ReportIngest.Core.Extraction.CellReading> Readings { get; init; } = [];
}

/// <summary>A horizontal or vertical line in the image: Position is y (horizontal) or x (vertical), Start..End along it.</summary>
public sealed record ScannedRule(bool IsHorizontal, double Position, double Start, double End);
