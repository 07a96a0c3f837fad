namespace ReportIngest.Core.Extraction;

/// <summary>One way OCR (or a rule about how OCR confuses characters) read a cell: the text, how sure (0..1), and by what.</summary>
public sealed record CellReading(string Text, double Confidence, string Source);
