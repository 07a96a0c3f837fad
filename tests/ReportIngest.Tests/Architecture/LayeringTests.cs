using System.Xml.Linq;
using ReportIngest.Tests.Support;

namespace ReportIngest.Tests.Architecture;

/// <summary>
/// Stages reference only the core (and the ML classifier the rule classifier); the pipeline is the one place they
/// are put together; the CLI parses arguments and prints, over the pipeline and the few libraries its other commands
/// use. Every project under src/ must be listed here, so a new one states what it may reference.
/// </summary>
public class LayeringTests
{
    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["Core"] = [],
        ["Acquire"] = ["Core"],
        ["Extract"] = ["Core"],
        ["Extract.Pdf"] = ["Core"],
        ["Extract.Ocr"] = ["Core", "Extract.Pdf"], // reads scanned pages for the PDF extractor
        ["Reconstruct"] = ["Core"],
        ["Classify"] = ["Core"],
        ["Classify.ML"] = ["Core", "Classify"],
        // Training and evaluation of the model, apart from the runtime classifier (train-classifier uses it).
        ["Classify.Training"] = ["Core", "Classify", "Classify.ML"],
        ["Normalise"] = ["Core"],
        ["Validate"] = ["Core"],
        ["Load"] = ["Core"],
        ["Pipeline"] = ["Core", "Acquire", "Extract", "Extract.Pdf", "Extract.Ocr", "Reconstruct", "Classify", "Classify.ML", "Normalise", "Validate", "Load"],
        // The review reads what the pipeline recorded (database, artifacts, source text); it never runs a stage.
        ["Review"] = ["Core", "Extract", "Load"],
        ["Cli"] = ["Core", "Pipeline", "Acquire", "Load", "Classify.ML", "Classify.Training", "Review"],
    };

    [Fact]
    public void Every_project_references_only_what_its_layer_allows()
    {
        var projects = Directory.GetDirectories(Path.Combine(RepoPaths.Root, "src")).Select(Path.GetFileName).OfType<string>()
            .Where(d => d.StartsWith("ReportIngest.", StringComparison.Ordinal)).Select(d => d["ReportIngest.".Length..]).ToList();
        Assert.Equal(Allowed.Keys.Order(), projects.Order());
        foreach (var project in projects)
        {
            var references = ReferencesOf(Path.Combine(RepoPaths.Root, "src", "ReportIngest." + project, $"ReportIngest.{project}.csproj"));
            Assert.All(references, r => Assert.True(Allowed[project].Contains(r), $"{project} must not reference {r}"));
        }
    }

    [Fact]
    public void Tests_and_benchmarks_run_the_pipeline_without_the_cli()
    {
        var projects = Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "tests"), "*.csproj", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "benchmarks"), "*.csproj", SearchOption.AllDirectories)).ToList();
        Assert.NotEmpty(projects);
        Assert.All(projects, p => Assert.DoesNotContain("Cli", ReferencesOf(p)));
    }

    private static List<string> ReferencesOf(string csproj) =>
        XDocument.Load(csproj).Descendants("ProjectReference")
            .Select(r => Path.GetFileNameWithoutExtension((string)r.Attribute("Include")!))
            .Where(n => n.StartsWith("ReportIngest.", StringComparison.Ordinal)).Select(n => n["ReportIngest.".Length..]).ToList();
}
