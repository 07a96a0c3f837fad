using Dapper;
using Microsoft.Data.Sqlite;
using ReportIngest.Core.Artifacts;
using ReportIngest.Core.Facts;
using ReportIngest.Pipeline;
using ReportIngest.Pipeline.Batch;
using ReportIngest.Pipeline.Stages;
using ReportIngest.Tests.Support;

namespace ReportIngest.Tests.Pipeline;

/// <summary>The pipeline is its list of stages: a new stage is one class and one line, and gets caching and rebuild for free.</summary>
public class StageListTests
{
    /// <summary>The example stage: each table's fact count and sum, stored as its own artifact (sums.json.br).</summary>
    public sealed record TableSum(int TableIndex, int Facts, decimal AmountWan);

    private sealed class TableSumsStage : Stage<ValidatedDocument, IReadOnlyList<TableSum>, ValidatedDocument>
    {
        public override string Name => "sums";

        public override IReadOnlyList<TableSum> Compute(ValidatedDocument input, DocumentRun run) =>
            input.Normalised.Facts.GroupBy(f => f.TableIndex).Select(g => new TableSum(g.Key, g.Count(), g.Sum(f => f.AmountWan))).ToList();

        public override ValidatedDocument Combine(ValidatedDocument input, IReadOnlyList<TableSum> artifact) => input;
    }

    [Fact]
    public void A_stage_added_to_the_list_runs_is_cached_and_rebuilds_with_the_others()
    {
        using var temp = new TempDirectory();
        var stages = StageList.Default().ToList();
        stages.Insert(stages.Count - 1, new TableSumsStage()); // the one line: after validate, before load
        var store = new ArtifactStore(temp.File("artifacts"));
        var pipeline = new DocumentPipeline(stages, store);
        var source = SourceFiles.Open(RepoPaths.CorpusFile("002_"));
        using (var database = DocumentDatabase.Open(temp.File("reports.db")))
            pipeline.Run(source, Stages.Extract, Stages.Load, DocumentRun.Of(source) with { Database = database });

        var sums = store.Load<List<TableSum>>(source.Sha256, "sums");
        using var connection = new SqliteConnection($"Data Source={temp.File("reports.db")};Pooling=False");
        var loaded = connection.Query<(long Facts, double Sum)>("SELECT COUNT(*), SUM(amount_wan) FROM v_fact").Single();
        Assert.Equal(loaded.Facts, sums.Sum(s => s.Facts));
        Assert.Equal(loaded.Sum, (double)sums.Sum(s => s.AmountWan), 6);
        Assert.Contains("sums", pipeline.StageTimes.Keys);

        // A second run with its own pipeline reuses every artifact, the new one included, and rebuilds through it.
        var artifactStages = stages.Where(s => s.SavesArtifact).Select(s => s.Name).ToList();
        var written = artifactStages.Select(s => store.ReadJson(source.Sha256, s)).ToList();
        var again = new DocumentPipeline(stages, store);
        var validated = (ValidatedDocument)again.Run(source, Stages.Extract, "sums", DocumentRun.Of(source));
        Assert.Equal(written, artifactStages.Select(s => store.ReadJson(source.Sha256, s))); // each envelope keeps its time of writing
        Assert.Equal(loaded.Facts, validated.Normalised.Facts.Count);
        Assert.Equal(validated.Normalised.Facts, ((ValidatedDocument)again.Rebuild("sums", source.Sha256)).Normalised.Facts);
        Assert.Equal(validated.Normalised.Facts, ((ValidatedDocument)again.Rebuild(Stages.Load, source.Sha256)).Normalised.Facts);
    }

    [Fact]
    public void A_stage_whose_input_is_not_the_previous_output_is_refused()
    {
        var stages = StageList.Default().ToList();
        stages.Insert(1, new TableSumsStage()); // reads a validated document, but extract returns an extracted one
        var error = Assert.Throws<ArgumentException>(() => new DocumentPipeline(stages, null));
        Assert.Contains("'sums' reads ValidatedDocument", error.Message);
    }

    [Fact]
    public void A_stage_version_chains_the_stages_before_it()
    {
        var pipeline = DocumentPipeline.CreateDefault(null);
        var run = new DocumentRun(new string('0', 64));
        var versions = pipeline.Stages.Where(s => s.SavesArtifact).Select(s => pipeline.VersionOf(s, run)).ToList();
        for (var i = 1; i < versions.Count; i++)
            Assert.StartsWith(versions[i - 1] + "/", versions[i]);
    }
}
