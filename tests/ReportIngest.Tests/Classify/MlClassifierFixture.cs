using ReportIngest.Classify.ML;

namespace ReportIngest.Tests.Classify;

/// <summary>Loads the committed model once for all tests of a class.</summary>
public sealed class MlClassifierFixture : IDisposable
{
    public MlTableClassifier Classifier { get; } = new(ClassifierPaths.Model);

    public void Dispose() => Classifier.Dispose();
}
