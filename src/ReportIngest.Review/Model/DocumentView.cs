namespace ReportIngest.Review.Model;

/// <summary>The page of one document: its summary, notes on what could not be shown, and every table.</summary>
public sealed record DocumentView(DocumentSummary Summary, string Kind, string Pages, IReadOnlyList<string> Warnings,
    IReadOnlyList<string> Notes, IReadOnlyList<TableView> Tables)
{
    /// <summary>Failed checks of the document as a whole (a table it should print is missing), shown above the tables.</summary>
    public IReadOnlyList<CheckView> DocumentChecks { get; init; } = [];
}
