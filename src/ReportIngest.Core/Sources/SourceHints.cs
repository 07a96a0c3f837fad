using System.Text.Json.Serialization;
using ReportIngest.Core.Documents;

namespace ReportIngest.Core.Sources;

/// <summary>What the manifest says about a report before it is read; the pipeline may confirm or correct it.</summary>
public sealed record SourceHints(string? Region, string? Department, int? FiscalYear, ReportPhase? Phase)
{
    public static readonly SourceHints None = new(null, null, null, null);

    [JsonIgnore]
    public bool IsEmpty => this == None;
}
