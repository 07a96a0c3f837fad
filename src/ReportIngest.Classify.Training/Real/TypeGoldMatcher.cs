using ReportIngest.Classify.Signals;
using ReportIngest.Core.Tables;

namespace ReportIngest.Classify.Training.Real;

/// <summary>
/// Finds the type-gold row of a table the pipeline reconstructed: the row whose pages hold the table's first page;
/// where several tables share that page, the one whose title shares most characters with the table's title. A table
/// on no gold row's page is not a table to a reader (目录, prose): it has no label.
/// </summary>
public static class TypeGoldMatcher
{
    public static TypeGoldRow? Match(Table table, IReadOnlyList<TypeGoldRow> gold)
    {
        if (table.Pages.Count == 0)
            return null;
        var candidates = gold.Where(g => g.Covers(table.Pages[0])).ToList();
        return candidates.Count switch
        {
            0 => null,
            1 => candidates[0],
            _ => candidates.OrderByDescending(g => Shared(g.Title, table.Title)).ThenBy(g => g.FirstPage).First(),
        };
    }

    private static int Shared(string goldTitle, string title)
    {
        var a = TitleCore.Of(goldTitle);
        var b = TitleCore.Of(title);
        return a.Intersect(b).Count();
    }
}
