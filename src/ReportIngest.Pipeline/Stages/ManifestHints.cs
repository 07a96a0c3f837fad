using ReportIngest.Core.Documents;
using ReportIngest.Core.Facts;
using ReportIngest.Core.Sources;
using ReportIngest.Normalise.Reference;

namespace ReportIngest.Pipeline.Stages;

/// <summary>
/// A manifest's region, department, year and phase fill what the report itself does not say; what the report says
/// is kept, since the printed title page is the better witness of its own content.
/// </summary>
internal static class ManifestHints
{
    public static NormalisedDocument Apply(NormalisedDocument normalised, SourceHints hints)
    {
        if (hints.IsEmpty) return normalised;
        var meta = normalised.Metadata;
        var division = meta.Region is null && hints.Region is { Length: > 0 } region ? Catalogues.Default.Divisions.Find(region) : null;
        var merged = meta with
        {
            Region = meta.Region ?? division?.Name ?? hints.Region,
            RegionCode = meta.RegionCode ?? division?.Code,
            Department = meta.Department ?? hints.Department,
            FiscalYear = meta.FiscalYear ?? hints.FiscalYear,
            Phase = meta.Phase ?? hints.Phase,
        };
        return normalised with { Metadata = merged };
    }
}
