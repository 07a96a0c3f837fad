namespace ReportIngest.Core.Artifacts;

/// <summary>The stage names, in pipeline order: they name artifacts and the <c>run</c> command's argument.</summary>
public static class Stages
{
    public const string Extract = "extract";
    public const string Reconstruct = "reconstruct";
    public const string Classify = "classify";
    public const string Normalise = "normalise";
    public const string Validate = "validate";
    public const string Load = "load";

    public static readonly IReadOnlyList<string> Ordered = [Extract, Reconstruct, Classify, Normalise, Validate, Load];
}
