namespace ReportIngest.Validate.Model;

/// <summary>A table's amount per function 类, from its top lines (the 类 line, or its 款/项 lines when no 类 line is printed).</summary>
public static class ClassTotals
{
    public static IReadOnlyDictionary<string, Amount> Of(TableView table, string measure) =>
        table.Segments
            .Where(s => s.Classification == "function")
            .SelectMany(s => s.Roots)
            .Select(n => (Class: n.Code[..CodeLevels.Class], Amount: n.AmountOf(measure)))
            .Where(x => x.Amount is not null)
            .GroupBy(x => x.Class)
            .ToDictionary(g => g.Key, g => Amount.Sum(g.Select(x => x.Amount!)));
}
