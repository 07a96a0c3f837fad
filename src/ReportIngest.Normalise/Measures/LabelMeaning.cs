using ReportIngest.Core.Facts;

namespace ReportIngest.Normalise.Measures;

/// <summary>A header label's role and, for measures, its key fragment; for sides, which side.</summary>
public sealed record LabelMeaning(LabelRole Role, string Key = "")
{
    public TableSide Side { get; init; }

    public static readonly LabelMeaning Unknown = new(LabelRole.Unknown);
}
