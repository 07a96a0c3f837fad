using ReportIngest.Core.Facts;
using ReportIngest.Tests.Support;

namespace ReportIngest.Tests.Validate;

/// <summary>
/// A gold facts file (tests/gold/facts/facts-NNN.csv) as a normalised document. The gold has no cell positions:
/// rows are numbered in file order (a new row when the code or item name changes, or a measure repeats) and a
/// column is the position of its measure among the table's measures, from 1.
/// </summary>
public static class GoldDocument
{
    public static IReadOnlyList<GoldRow> Rows(string number) =>
        File.ReadLines(Path.Combine(RepoPaths.Gold, "facts", $"facts-{number}.csv"))
            .Skip(1)
            .Select(GoldRow.Parse)
            .ToList();

    public static NormalisedDocument Load(string number, string phase) => FromRows(Rows(number), phase);

    public static NormalisedDocument FromRows(IEnumerable<GoldRow> rows, string phase)
    {
        var builder = new DocumentBuilder();
        foreach (var table in rows.GroupBy(r => r.TableIndex))
        {
            var measures = table.Select(r => r.Measure).Distinct().ToList();
            var tableBuilder = builder.Table(table.Key, table.First().TableType, measures);
            var row = 0;
            (string Code, string Item)? previous = null;
            var seen = new HashSet<string>();
            foreach (var r in table)
            {
                if (previous != (r.Code, r.ItemName) || !seen.Add(r.Measure))
                {
                    row++;
                    seen = [r.Measure];
                    previous = (r.Code, r.ItemName);
                }
                tableBuilder.Fact(row, r.Classification, r.Code, r.ItemName, r.Measure, r.AmountWan);
            }
        }
        return builder.Build(phase);
    }
}
