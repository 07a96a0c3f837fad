namespace ReportIngest.Core.Extraction;

/// <summary>A line of running text: titles, unit lines, notes, narrative.</summary>
public sealed record TextLine(string Text) : PageElement;
