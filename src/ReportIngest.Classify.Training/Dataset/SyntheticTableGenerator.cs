using ReportIngest.Classify.Training.Gold;
using ReportIngest.Core.Documents;
using ReportIngest.Core.Tables;

namespace ReportIngest.Classify.Training.Dataset;

/// <summary>
/// Labelled tables made only from <see cref="SyntheticSource"/>: every title × header layout of a label, each layout
/// also without a title, and each title over a header-only table. Deterministic for a seed.
/// </summary>
public sealed class SyntheticTableGenerator(SyntheticSource source, int seed)
{
    public const string Group = "synthetic";
    private const int TypicalTableCount = 16;

    public IEnumerable<LabelledTable> Generate()
    {
        var random = new Random(seed);
        var body = new SyntheticBody(random);
        var number = 0;
        foreach (var label in TableTypes.All)
        {
            var titles = source.Titles.Where(t => t.Label == label).ToList();
            var templates = source.Templates.Where(t => t.Label == label).ToList();
            foreach (var template in templates)
            {
                foreach (var title in titles)
                {
                    var printed = random.Next(2) == 0 ? title.Title : TitleDecorations.Decorate(title.Title, random.Next(1, 12), random.Next(8));
                    yield return Make(label, template, printed, PhaseOf(title, random), withBody: true, body, random, ++number);
                }
                yield return Make(label, template, "", "budget", withBody: true, body, random, ++number);
                yield return Make(label, template, "", "final", withBody: true, body, random, ++number);
            }
            foreach (var title in titles)
                yield return Make(label, templates[random.Next(templates.Count)], title.Title, PhaseOf(title, random), withBody: false, body, random, ++number);
        }
    }

    private static string PhaseOf(TitleVariant title, Random random) =>
        title.Phase == "any" ? (random.Next(2) == 0 ? "budget" : "final") : title.Phase;

    private static LabelledTable Make(string label, HeaderTemplate template, string title, string phase, bool withBody, SyntheticBody body, Random random, int number)
    {
        var cells = new List<TableCell>();
        for (var row = 0; row < template.HeaderRows.Count; row++)
        {
            for (var col = 0; col < template.HeaderRows[row].Count; col++)
                cells.Add(new TableCell(row, col, template.HeaderRows[row][col]));
        }
        var headerRows = template.HeaderRows.Count;
        var colCount = headerRows == 0 ? random.Next(3, 10) : template.HeaderRows.Max(r => r.Count);
        var bodyRows = withBody ? random.Next(3, 25) : 0;
        if (headerRows == 0 && !withBody)
            bodyRows = 3;
        cells.AddRange(body.Rows(template, headerRows, bodyRows, colCount, TableTypes.IsTwoSided(label)));

        var position = TypicalPosition(label, random);
        var table = new Table
        {
            Index = position,
            Title = title,
            Unit = "万元",
            HeaderRowCount = headerRows,
            RowCount = headerRows + bodyRows,
            ColCount = colCount,
            Cells = cells,
            Columns = HeaderPaths.Build(cells, headerRows, colCount),
        };
        return new LabelledTable(table, new TableContext(position, TypicalTableCount, ReportPhases.Parse(phase)), label, $"synthetic-{number:0000}", Group, TableOrigin.Synthetic, Group);
    }

    /// <summary>The national templates print the tables in roughly SCHEMA.md's order; jitter keeps position a hint, not a rule.</summary>
    private static int TypicalPosition(string label, Random random)
    {
        var typical = label == TableTypes.Other ? random.Next(TypicalTableCount) : TableTypes.All.ToList().IndexOf(label) * TypicalTableCount / TableTypes.All.Count;
        return Math.Clamp(typical + random.Next(-2, 3), 0, TypicalTableCount - 1);
    }
}
