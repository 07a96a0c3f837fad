using ReportIngest.Classify.ML;
using ReportIngest.Tests.Support;

namespace ReportIngest.Tests.Classify;

internal static class ClassifierPaths
{
    public static string Models => Path.Combine(RepoPaths.Root, "models");
    public static string Model => Path.Combine(Models, MlTableClassifier.ModelFileName);
    public static string Card => Path.Combine(Models, MlTableClassifier.MetadataFileName);
    public static string GoldStructure => Path.Combine(RepoPaths.Gold, "structure");
    public static string RealTables => Path.Combine(RepoPaths.Root, "src", "ReportIngest.Classify.Training", "Data", "real");
}
