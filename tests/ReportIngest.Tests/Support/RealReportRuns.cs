using System.Collections.Concurrent;
using ReportIngest.Classify.Training.Real;
using ReportIngest.Core.Artifacts;
using ReportIngest.Core.Facts;
using ReportIngest.Pipeline;
using ReportIngest.Pipeline.Stages;

namespace ReportIngest.Tests.Support;

/// <summary>
/// The real 普陀区 reports of ../shared/real (not in the repository: tests that need them skip when it is absent, see
/// <see cref="ReportIngest.Tests.RealReports.RealReportsTheoryAttribute"/>) and their type gold in tests/gold/real/tables. Each report goes through the pipeline (shipped model) once per run.
/// </summary>
public static class RealReportRuns
{
    public static string TypeGoldFolder => Path.Combine(RepoPaths.Gold, "real", "tables");

    public static IEnumerable<object[]> Stems() =>
        Directory.EnumerateFiles(TypeGoldFolder, "*.csv").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).Select(s => new object[] { s! });

    public static IReadOnlyList<TypeGoldRow> TypeGold(string stem) => TypeGoldReader.Read(Path.Combine(TypeGoldFolder, stem + ".csv"));

    private static readonly ConcurrentDictionary<string, Lazy<NormalisedDocument>> Runs = new();

    public static NormalisedDocument Normalised(string stem) => Runs.GetOrAdd(stem, s => new Lazy<NormalisedDocument>(() =>
    {
        var pipeline = DocumentPipeline.CreateDefault(artifacts: null, Classifiers.Default());
        var document = SourceFiles.Open(Path.Combine(RepoPaths.RealReports, s + ".pdf"));
        return (NormalisedDocument)pipeline.Run(document, Stages.Extract, Stages.Normalise, DocumentRun.Of(document));
    })).Value;
}
