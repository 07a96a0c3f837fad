using System.Text.Json.Serialization;
using ReportIngest.Core.Extraction;
using ReportIngest.Core.Facts;
using ReportIngest.Core.Tables;

namespace ReportIngest.Core.Artifacts;

/// <summary>
/// Serialisation code generated at build time for every stage's artifact: no reflection and no code emitted at run time
/// to read or write them (what the reflection-based serializer emits is compiled again in every process).
/// </summary>
[JsonSerializable(typeof(ArtifactEnvelope<ExtractedDocument>))]
[JsonSerializable(typeof(ArtifactEnvelope<ReconstructedDocument>))]
[JsonSerializable(typeof(ArtifactEnvelope<IReadOnlyList<TableLabel>>))]
[JsonSerializable(typeof(ArtifactEnvelope<NormalisedPart>))]
[JsonSerializable(typeof(ArtifactEnvelope<IReadOnlyList<CheckResult>>))]
internal sealed partial class ArtifactJsonContext : JsonSerializerContext;
