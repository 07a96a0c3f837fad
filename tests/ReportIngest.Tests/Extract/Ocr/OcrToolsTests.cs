using ReportIngest.Extract.Ocr.Tools;

namespace ReportIngest.Tests.Extract.Ocr;

public class OcrToolsTests
{
    [Fact]
    public void Missing_programs_are_reported_with_the_packages_to_install()
    {
        var problem = OcrTools.Problem("/nonexistent-folder", ["chi_sim"]);
        Assert.NotNull(problem);
        Assert.Contains("apt-get install -y poppler-utils tesseract-ocr tesseract-ocr-chi-sim", problem);
        Assert.Contains("--no-ocr", problem);
    }

    [Fact]
    public void A_missing_language_model_is_named_with_its_package()
    {
        var problem = OcrTools.Problem(Environment.GetEnvironmentVariable("PATH") ?? "", ["chi_sim", "xyz_unknown"]);
        Assert.NotNull(problem);
        Assert.Contains("tesseract-ocr-xyz-unknown", problem);
        Assert.DoesNotContain("tesseract-ocr-chi-sim", problem);
    }
}
