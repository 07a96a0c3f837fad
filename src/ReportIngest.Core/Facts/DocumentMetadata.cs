using System.Text.Json.Serialization;
using ReportIngest.Core.Documents;

namespace ReportIngest.Core.Facts;

/// <summary>What the report says about itself: who, where, which year, budget or final account.</summary>
public sealed record DocumentMetadata(
    string? Region,
    string? RegionCode,
    string? Department,
    int? FiscalYear,
    [property: JsonConverter(typeof(ReportPhaseNameConverter))] ReportPhase? Phase)
{
    public static readonly DocumentMetadata Unknown = new(null, null, null, null, null);
}
