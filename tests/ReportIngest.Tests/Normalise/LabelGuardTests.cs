using ReportIngest.Classify.Training.Gold;
using ReportIngest.Core.Artifacts;
using ReportIngest.Pipeline;
using ReportIngest.Pipeline.Stages;
using ReportIngest.Core.Tables;
using ReportIngest.Normalise;
using ReportIngest.Tests.RealReports;
using ReportIngest.Tests.Support;

namespace ReportIngest.Tests.Normalise;

/// <summary>No fact comes from a performance form, a contents page or running text, whatever label such a table gets.</summary>
public sealed class LabelGuardTests
{
    private static readonly string[] PerformanceTypes = [TableTypes.ProjectPerformance, TableTypes.OverallPerformance];

    [RealReportsTheory]
    [MemberData(nameof(RealReportRuns.Stems), MemberType = typeof(RealReportRuns))]
    public void EveryFactOfARealReportIsOnAPageOfAGoldTable(string stem)
    {
        var gold = RealReportRuns.TypeGold(stem);

        var stray = RealReportRuns.Normalised(stem).Facts.Where(f => f.Page is not { } page || !gold.Any(g => g.Covers(page)))
            .Select(f => $"p{f.Page} {f.ItemName} {f.Measure} {f.PrintedText}").Distinct().ToList();

        Assert.Empty(stray);
    }

    [Fact]
    public void NoFactComesFromThePerformanceFormsOfTheUnruledReport()
    {
        var gold = GoldStructureReader.ReadFile(Path.Combine(RepoPaths.Gold, "structure", "001-unruled.gold.json")).ToList();
        var formPages = gold.Where(t => PerformanceTypes.Contains(t.Label)).SelectMany(t => t.Table.Pages)
            .Except(gold.Where(t => !PerformanceTypes.Contains(t.Label)).SelectMany(t => t.Table.Pages)).ToHashSet();

        var normalised = Run(Path.Combine(RepoPaths.Corpus, "001-unruled.pdf"));

        Assert.NotEmpty(formPages);
        Assert.DoesNotContain(normalised.Facts, f => f.Page is { } page && formPages.Contains(page));
    }

    [Fact]
    public void APerformanceFormLabelledAsExpenditureGivesNoFactsAndAWarning()
    {
        var classified = Run(Path.Combine(RepoPaths.Corpus, "001-unruled.pdf")).Classified;
        var form = classified.Document.Tables.First(t => PerformanceTypes.Contains(classified.LabelOf(t).Type)
                                                         && t.Cells.Any(c => c.Text.Contains('%')));

        var normalised = Relabelled(classified.Document, form, TableTypes.ExpenditureSummary);

        Assert.DoesNotContain(normalised.Facts, f => f.TableIndex == form.Index);
        Assert.Contains(normalised.Warnings, w => w.StartsWith($"table {form.Index} ", StringComparison.Ordinal) && w.Contains("no facts loaded"));
    }

    [RealReportsFact]
    public void ContentsAndRunningTextOfARealReportGiveNoFactsWhateverTheirLabel()
    {
        var document = RealReportRuns.Normalised("sh-putuo-govoffice-2025-dept-budget").Classified.Document;
        var first = document.Tables.Count;
        var contents = LinesAsTable(document.Text.Where(l => l.Contains('…') || l.Contains("··")).Take(12).ToList(), first);
        var prose = LinesAsTable(document.Text.Where(l => l.Length >= 30 && l.Contains('，')).Take(12).ToList(), first + 1);
        var withBoth = document with { Tables = [.. document.Tables, contents, prose] };

        var normalised = DocumentNormaliser.Default.Normalise(new ClassifiedDocument(withBoth,
            [.. withBoth.Tables.Select(t => new TableLabel(t.Index >= first ? TableTypes.GeneralExpenditure : TableTypes.Other, 1, "test"))]));

        Assert.True(contents.RowCount >= 2, "the report has a contents page with leader dots");
        Assert.True(prose.RowCount >= 2, "the report has running text");
        Assert.DoesNotContain(normalised.Facts, f => f.TableIndex >= first);
        Assert.Contains(normalised.Warnings, w => w.StartsWith($"table {first} ", StringComparison.Ordinal) && w.Contains("no facts loaded"));
        Assert.Contains(normalised.Warnings, w => w.StartsWith($"table {first + 1} ", StringComparison.Ordinal) && w.Contains("no facts loaded"));
    }

    private static ReportIngest.Core.Facts.NormalisedDocument Run(string path)
    {
        var pipeline = DocumentPipeline.CreateDefault(artifacts: null, Classifiers.Default());
        var source = SourceFiles.Open(path);
        return (ReportIngest.Core.Facts.NormalisedDocument)pipeline.Run(source, Stages.Extract, Stages.Normalise, DocumentRun.Of(source));
    }

    private static ReportIngest.Core.Facts.NormalisedDocument Relabelled(ReconstructedDocument document, Table table, string type) =>
        DocumentNormaliser.Default.Normalise(new ClassifiedDocument(document,
            [.. document.Tables.Select(t => t.Index == table.Index ? new TableLabel(type, 1, "test") : new TableLabel(TableTypes.Other, 1, "test"))]));

    // A block of lines as a table would come out of a page read line by line: the text, then the number at its end.
    private static Table LinesAsTable(IReadOnlyList<string> lines, int index)
    {
        var cells = new List<TableCell>();
        for (var row = 0; row < lines.Count; row++)
        {
            var text = lines[row].Trim();
            var split = text.LastIndexOfAny(['…', '·', ' ']);
            cells.Add(new TableCell(row, 0, split > 0 ? text[..split] : text));
            if (split > 0 && split < text.Length - 1)
                cells.Add(new TableCell(row, 1, text[(split + 1)..]));
        }
        return new Table { Index = index, Title = "", HeaderRowCount = 0, RowCount = lines.Count, ColCount = 2, Cells = cells, Columns = [] };
    }
}
