namespace ReportIngest.Extract.Pdf.Rulings;

/// <summary>
/// A horizontal or vertical line segment in upright page space. Position is y for a horizontal
/// ruling and x for a vertical one; Start and End run along the line.
/// </summary>
internal readonly record struct Ruling(bool IsHorizontal, double Position, double Start, double End)
{
    public double Length => End - Start;

    /// <summary>Whether this ruling covers the stretch [from, to] along its axis, allowing small gaps at the ends.</summary>
    public bool Covers(double from, double to, double tolerance) => Start <= from + tolerance && End >= to - tolerance;
}
