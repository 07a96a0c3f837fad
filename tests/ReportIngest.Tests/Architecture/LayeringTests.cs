using System.Xml.Linq;
using ReportIngest.Tests.Support;

namespace ReportIngest.Tests.Architecture;

/// <summary>Stages reference only the core and the stages below them; only the CLI puts them together.</summary>
public class LayeringTests
{
    private static readonly string[] Order =
        ["Core", "Acquire", "Extract", "Extract.Pdf", "Reconstruct", "Classify", "Classify.ML", "Normalise", "Validate", "Load"];

    [Fact]
    public void No_stage_references_a_later_stage_or_a_sibling()
    {
        var allowed = new Dictionary<string, string[]>
        {
            ["Core"] = [],
            ["Acquire"] = ["Core"],
            ["Extract"] = ["Core"],
            ["Extract.Pdf"] = ["Core"],
            ["Reconstruct"] = ["Core"],
            ["Classify"] = ["Core"],
            ["Classify.ML"] = ["Core", "Classify"],
            ["Normalise"] = ["Core"],
            ["Validate"] = ["Core"],
            ["Load"] = ["Core"],
        };
        foreach (var project in Order)
        {
            var csproj = Path.Combine(RepoPaths.Root, "src", "ReportIngest." + project, $"ReportIngest.{project}.csproj");
            var references = XDocument.Load(csproj).Descendants("ProjectReference")
                .Select(r => Path.GetFileNameWithoutExtension((string)r.Attribute("Include")!)["ReportIngest.".Length..]).ToList();
            Assert.All(references, r => Assert.True(allowed[project].Contains(r), $"{project} must not reference {r}"));
        }
    }
}
