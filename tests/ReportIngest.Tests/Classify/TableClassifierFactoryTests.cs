using ReportIngest.Classify;
using ReportIngest.Classify.ML;
using ReportIngest.Tests.Support;

namespace ReportIngest.Tests.Classify;

public sealed class TableClassifierFactoryTests
{
    [Fact]
    public void DefaultsToTheModel()
    {
        var classifier = TableClassifierFactory.Create(new TableClassifierOptions(ClassifierPaths.Models));

        Assert.IsType<MlTableClassifier>(classifier);
        ((IDisposable)classifier).Dispose();
    }

    [Fact]
    public void RulesOnRequest() =>
        Assert.IsType<RuleTableClassifier>(TableClassifierFactory.Create(new TableClassifierOptions(Kind: TableClassifierKind.Rules)));

    [Fact]
    public void MissingModelFailsUnlessFallbackIsAllowed()
    {
        using var temp = new TempDirectory();

        Assert.Throws<ClassifierModelMissingException>(() => TableClassifierFactory.Create(new TableClassifierOptions(temp.Path)));
        Assert.IsType<RuleTableClassifier>(TableClassifierFactory.Create(new TableClassifierOptions(temp.Path, FallBackToRules: true)));
    }
}
