using System.Text.Json.Serialization;

namespace ReportIngest.Core.Sources;

/// <summary>What the manifest says about a report before it is read; the pipeline may confirm or correct it.</summary>
/// <param name="Phase">'budget' or 'final' when given.</param>
public sealed record SourceHints(string? Region, string? Department, int? FiscalYear, string? Phase)
{
    public static readonly SourceHints None = new(null, null, null, null);

    [JsonIgnore]
    public bool IsEmpty => this == None;
}
