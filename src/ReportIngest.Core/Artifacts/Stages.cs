namespace ReportIngest.Core.Artifacts;

/// <summary>
/// The names of the built-in stages: they name artifacts and the <c>run</c> command's argument. Their order is the
/// pipeline's list of stage objects (ReportIngest.Pipeline's StageList), not kept here.
/// </summary>
public static class Stages
{
    public const string Extract = "extract";
    public const string Reconstruct = "reconstruct";
    public const string Classify = "classify";
    public const string Normalise = "normalise";
    public const string Validate = "validate";
    public const string Load = "load";
}
