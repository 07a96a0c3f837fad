using ReportIngest.Tests.Support;

namespace ReportIngest.Tests.RealReports;

/// <summary>A fact over the published reports in ../shared/real: skipped where that folder is absent (a user's clone).</summary>
public sealed class RealReportsFactAttribute : FactAttribute
{
    public RealReportsFactAttribute()
    {
        if (!Directory.Exists(RepoPaths.RealReports))
            Skip = $"the real reports are not here ({RepoPaths.RealReports}); they are never part of the repository";
    }
}
