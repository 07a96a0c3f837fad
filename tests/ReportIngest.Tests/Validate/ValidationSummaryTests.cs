using ReportIngest.Validate;

namespace ReportIngest.Tests.Validate;

public sealed class ValidationSummaryTests
{
    [Fact]
    public void Counts_by_kind_and_lists_failures_with_cells()
    {
        var rows = GoldDocument.Rows("002").ToList();
        var index = rows.FindIndex(r => r.TableIndex == 4 && r.ItemName == "合计" && r.Measure == "total");
        rows[index] = rows[index] with { AmountWan = 1203.34m };

        var summary = ValidationSummary.Of(DocumentValidator.Default.Validate(GoldDocument.FromRows(rows, "budget")));
        var text = summary.ToText();

        // 148 arithmetic and cross-table checks and the completeness check (gold facts carry no text: no narrative check).
        Assert.Equal(149, summary.Run);
        Assert.Equal(146, summary.Passed);
        Assert.Equal(3, summary.Failed.Count);
        Assert.StartsWith("checks: 149 run, 146 passed, 3 failed", text);
        Assert.Contains("FAIL [cross_table] table 4 vs table 3", text);
        Assert.Contains("expected 1203.43 actual 1203.34 (diff -0.09) cells r22c1 t3:r8c3", text);
    }
}
