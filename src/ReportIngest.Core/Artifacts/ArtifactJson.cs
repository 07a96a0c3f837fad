using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;

namespace ReportIngest.Core.Artifacts;

/// <summary>The one JSON dialect of every artifact: camelCase, readable Chinese, compact.</summary>
public static class ArtifactJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = false, // artifacts are large (every cell with its box); `inspect` renders them for people
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
        // the stages' artifacts by generated code, anything else (the tables command's JSON, inspect) by reflection
        TypeInfoResolver = JsonTypeInfoResolver.Combine(ArtifactJsonContext.Default, new DefaultJsonTypeInfoResolver()),
    };
}
