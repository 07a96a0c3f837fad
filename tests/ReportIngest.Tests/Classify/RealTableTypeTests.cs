using ReportIngest.Classify.Training.Gold;
using ReportIngest.Classify.Training.Real;
using ReportIngest.Tests.RealReports;
using ReportIngest.Tests.Support;

namespace ReportIngest.Tests.Classify;

/// <summary>The shipped model gives every table of the real reports its type gold.</summary>
public sealed class RealTableTypeTests(MlClassifierFixture fixture) : IClassFixture<MlClassifierFixture>
{
    [Fact]
    public void EveryCommittedRealTableGetsItsLabel()
    {
        var tables = GoldStructureReader.ReadFolder(ClassifierPaths.RealTables, LabelledTablesWriter.FilePattern);

        var wrong = tables.Select(t => (t, label: fixture.Classifier.Classify(t.Table, t.Context)))
            .Where(x => x.label.Type != x.t.Label)
            .Select(x => $"{x.t.DocumentId} p{string.Join("-", x.t.Table.Pages)} «{x.t.Table.Title}» {x.t.Label} → {x.label.Type} ({x.label.Confidence:0.00})")
            .ToList();

        Assert.Equal(11, tables.Select(t => t.DocumentId).Distinct().Count());
        Assert.Empty(wrong);
    }

    [RealReportsTheory]
    [MemberData(nameof(RealReportRuns.Stems), MemberType = typeof(RealReportRuns))]
    public void PipelineGivesEveryTableOfARealReportItsGoldType(string stem)
    {
        var gold = RealReportRuns.TypeGold(stem);
        var classified = RealReportRuns.Normalised(stem).Classified;

        var matched = classified.Document.Tables.Select(t => (Table: t, Gold: TypeGoldMatcher.Match(t, gold), Label: classified.LabelOf(t))).ToList();
        var wrong = matched.Where(m => m.Gold is not null && m.Gold.TableType != m.Label.Type)
            .Select(m => $"p{m.Table.Pages[0]} «{m.Table.Title}» {m.Gold!.TableType} → {m.Label.Type} ({m.Label.Confidence:0.00})").ToList();
        var missing = gold.Where(g => matched.All(m => m.Gold != g)).Select(g => $"p{g.FirstPage} «{g.Title}»").ToList();

        Assert.Empty(wrong);
        Assert.Empty(missing);
    }
}
