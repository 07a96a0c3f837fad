namespace ReportIngest.Core.Documents;

/// <summary>A phase as SCHEMA.md spells it in the database and in manifests: "budget" or "final".</summary>
public static class ReportPhases
{
    public const string Budget = "budget";
    public const string Final = "final";

    public static string Name(this ReportPhase phase) => phase == ReportPhase.Budget ? Budget : Final;

    /// <returns>The phase, or null for anything but "budget" and "final".</returns>
    public static ReportPhase? Parse(string? name) => name switch
    {
        Budget => ReportPhase.Budget,
        Final => ReportPhase.Final,
        _ => null,
    };
}
