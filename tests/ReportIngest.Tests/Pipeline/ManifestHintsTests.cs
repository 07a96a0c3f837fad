using Dapper;
using Microsoft.Data.Sqlite;
using ReportIngest.Core.Artifacts;
using ReportIngest.Core.Documents;
using ReportIngest.Core.Facts;
using ReportIngest.Core.Sources;
using ReportIngest.Load.Sources;
using ReportIngest.Pipeline;
using ReportIngest.Pipeline.Batch;
using ReportIngest.Pipeline.Stages;
using ReportIngest.Tests.Support;

namespace ReportIngest.Tests.Pipeline;

/// <summary>A manifest's hints are an input of normalise: its artifact has them, so every later stage and a re-run keep them.</summary>
public class ManifestHintsTests
{
    private static readonly SourceHints Hints = new("阿克陶县", "阿克陶县医疗保障局", 2023, ReportPhase.Budget);

    [Fact]
    public void Hints_fill_what_the_report_does_not_say_in_normalise_json_and_survive_run_load()
    {
        using var temp = new TempDirectory();
        var report = temp.File("report.txt"); // a table, and nothing about who, where or when
        File.WriteAllText(report, "部门支出总表\n单位：万元\n科目编码\t科目名称\t合计\n2101501\t行政运行\t10.00\n");
        var db = temp.File("reports.db");

        var outcome = Assert.Single(Ingest.Run(db, [new IngestInput(report, "https://example.org/report.txt", Hints)]));
        Assert.True(outcome.Loaded, outcome.Reason);

        var pipeline = DocumentPipeline.CreateDefault(PipelineInfo.ArtifactsFor(db));
        var sha = SourceFiles.Open(report).Sha256;
        var normalised = (NormalisedDocument)pipeline.Rebuild(Stages.Normalise, sha);
        Assert.Equal(new DocumentMetadata("阿克陶县", "653022", "阿克陶县医疗保障局", 2023, ReportPhase.Budget), normalised.Metadata);
        Assert.Contains("阿克陶县医疗保障局", pipeline.Artifacts!.ReadJson(sha, Stages.Normalise));

        // `run load` from the stored artifacts, into a database that never saw the manifest
        var again = temp.File("again.db");
        using (var database = DocumentDatabase.Open(again))
            pipeline.Run(pipeline.Rebuild(Stages.Validate, sha), Stages.Load, Stages.Load, new DocumentRun(sha) { Database = database });
        using var connection = new SqliteConnection($"Data Source={again};Pooling=False");
        var document = connection.QuerySingle<(string Region, string RegionCode, string Department, long FiscalYear, string Phase)>(
            "SELECT region, region_code, department, fiscal_year, phase FROM v_document");
        Assert.Equal(("阿克陶县", "653022", "阿克陶县医疗保障局", 2023L, "budget"), document);
    }

    [Fact]
    public async Task Run_normalise_on_an_acquired_document_reads_the_hints_its_manifest_left_in_the_source_ledger()
    {
        using var temp = new TempDirectory();
        var report = temp.File("report.txt");
        File.WriteAllText(report, "部门支出总表\n单位：万元\n科目编码\t科目名称\t合计\n2101501\t行政运行\t10.00\n");
        var db = temp.File("reports.db");
        var source = SourceFiles.Open(report);
        Assert.True(Assert.Single(Ingest.Run(db, [new IngestInput(report)])).Loaded); // artifacts made without the manifest
        using (var ledger = SqliteSourceLedger.Open(db))
            await ledger.RecordAsync(SourceRecord.Stored("https://example.org/report.txt", 1, source.Sha256, source.Bytes, report, Hints), CancellationToken.None);

        // what `run normalise DOCUMENT --through load` does
        var pipeline = DocumentPipeline.CreateDefault(PipelineInfo.ArtifactsFor(db));
        using (var database = DocumentDatabase.Open(db))
            pipeline.Rerun(Stages.Normalise, Stages.Load, new DocumentRun(source.Sha256) { Hints = DocumentLocator.HintsOf(source.Sha256, db), Database = database });

        var normalised = (NormalisedDocument)pipeline.Rebuild(Stages.Normalise, source.Sha256);
        Assert.Equal(("阿克陶县", "阿克陶县医疗保障局", 2023), (normalised.Metadata.Region, normalised.Metadata.Department, normalised.Metadata.FiscalYear));
        using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        Assert.Equal("阿克陶县医疗保障局", connection.QuerySingle<string>("SELECT department FROM v_document"));
    }

    [Fact]
    public void What_the_report_prints_wins_over_the_hints()
    {
        using var temp = new TempDirectory();
        var db = temp.File("reports.db");
        var wrong = new SourceHints("苍溪县", "苍溪县教育局", 2019, ReportPhase.Final);

        var outcome = Assert.Single(Ingest.Run(db, [new IngestInput(RepoPaths.CorpusFile("002_"), Hints: wrong)]));
        Assert.True(outcome.Loaded, outcome.Reason);

        var sha = SourceFiles.Open(RepoPaths.CorpusFile("002_")).Sha256;
        var metadata = ((NormalisedDocument)DocumentPipeline.CreateDefault(PipelineInfo.ArtifactsFor(db)).Rebuild(Stages.Normalise, sha)).Metadata;
        Assert.Equal(("阿克陶县", 2023, ReportPhase.Budget), (metadata.Region, metadata.FiscalYear, metadata.Phase));
        Assert.NotEqual(wrong.Department, metadata.Department);
    }
}
