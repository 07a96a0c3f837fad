using ReportIngest.Core.Facts;
using ReportIngest.Validate;
using ReportIngest.Validate.Checks;
using Xunit.Abstractions;

namespace ReportIngest.Tests.Validate;

/// <summary>The gold facts of the three reference reports are internally consistent: every check passes.</summary>
public sealed class GoldValidationTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("000", "budget", 52, 44, 25, 12)]
    [InlineData("001", "final", 81, 12, 20, 10)]
    [InlineData("002", "budget", 98, 12, 25, 13)]
    public void Every_check_passes_on_the_gold_facts(
        string number, string phase, int hierarchy, int rowTotal, int totalRow, int crossTable)
    {
        var validated = DocumentValidator.Default.Validate(GoldDocument.Load(number, phase));

        var summary = ValidationSummary.Of(validated);
        output.WriteLine($"gold {number} ({phase}):");
        output.WriteLine(summary.ToText());
        Assert.Empty(summary.Failed);
        Assert.Equal(
            [(CheckKinds.Hierarchy, hierarchy), (CheckKinds.RowTotal, rowTotal), (CheckKinds.TotalRow, totalRow), (CheckKinds.CrossTable, crossTable),
             (CheckKinds.Completeness, 1)],
            summary.Kinds.Select(k => (k.Kind, k.Run)));
    }

    [Fact]
    public void Validation_keeps_every_fact()
    {
        var document = GoldDocument.Load("000", "budget");

        var validated = DocumentValidator.Default.Validate(document);

        Assert.Same(document, validated.Normalised);
        Assert.Equal(0, validated.FailedChecks);
        Assert.All(validated.Checks, c => Assert.Contains(c.Kind, CheckKinds.All));
        Assert.All(validated.Checks.Where(c => c.TableIndex != CompletenessCheck.DocumentLevel), c => Assert.NotEmpty(c.Cells));
    }

    [Fact]
    public void An_unknown_phase_skips_the_phase_dependent_income_comparison()
    {
        var checks = DocumentValidator.Default.Validate(GoldDocument.Load("000", "")).Checks;

        Assert.DoesNotContain(checks, c => c.Kind == CheckKinds.CrossTable && c.Description.Contains("部门收入总表"));
        Assert.DoesNotContain(checks, (CheckResult c) => !c.Passed);
    }
}
