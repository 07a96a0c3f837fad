using System.Text.Json.Serialization;

namespace ReportIngest.Core.Extraction;

/// <summary>How a grid was found: the strategy that produced it.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<GridKind>))]
public enum GridKind
{
    /// <summary>Cells bounded by ruling lines.</summary>
    Lattice,
    /// <summary>An unruled table: columns from whitespace, rows from baselines.</summary>
    Stream,
    /// <summary>An unruled form (绩效自评表): wrapped cells stacked, section labels spanning rows.</summary>
    Form,
    /// <summary>Rows of a text extraction (tab-separated or markdown).</summary>
    Text,
}
