namespace ReportIngest.Normalise.Measures;

/// <summary>A header label's role and, for measures and sides, its key fragment.</summary>
public sealed record LabelMeaning(LabelRole Role, string Key = "")
{
    public static readonly LabelMeaning Unknown = new(LabelRole.Unknown);
}
