namespace ReportIngest.Pipeline.Stages;

/// <summary>
/// The identity of compiled code: the module version id of each assembly, which deterministic builds change exactly
/// when the assembly's code changes.
/// </summary>
public static class CodeIdentity
{
    public static string Of(params Type[] types) =>
        string.Concat(types.Select(t => t.Assembly.ManifestModule.ModuleVersionId.ToString("N")[..8]));
}
