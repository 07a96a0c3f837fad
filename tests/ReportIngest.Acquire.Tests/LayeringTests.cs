using ReportIngest.Load.Sources;

namespace ReportIngest.Acquire.Tests;

/// <summary>Stages reference only Core and themselves; the CLI is the one place they meet.</summary>
public sealed class LayeringTests
{
    [Theory]
    [InlineData(typeof(Acquirer))]
    [InlineData(typeof(SqliteSourceLedger))]
    public void A_stage_references_no_other_stage_nor_the_cli(Type stageType)
    {
        var own = stageType.Assembly.GetName().Name;
        var others = stageType.Assembly.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(n => n.StartsWith("ReportIngest.", StringComparison.Ordinal) && n != "ReportIngest.Core" && n != own)
            .ToList();

        Assert.Empty(others);
    }
}
