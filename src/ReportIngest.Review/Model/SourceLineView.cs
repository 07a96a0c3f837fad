namespace ReportIngest.Review.Model;

/// <summary>A line of a text input as printed, marked where it holds a cell a failed check names.</summary>
public sealed record SourceLineView(int Number, string Text, bool Failed);
