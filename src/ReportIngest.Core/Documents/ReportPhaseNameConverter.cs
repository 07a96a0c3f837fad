using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReportIngest.Core.Documents;

/// <summary>Writes a phase as SCHEMA.md spells it ("budget", "final") and reads it back.</summary>
public sealed class ReportPhaseNameConverter : JsonConverter<ReportPhase>
{
    public override ReportPhase Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ReportPhases.Parse(reader.GetString()) ?? throw new JsonException($"not a phase: {reader.GetString()}");

    public override void Write(Utf8JsonWriter writer, ReportPhase value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Name());
}
