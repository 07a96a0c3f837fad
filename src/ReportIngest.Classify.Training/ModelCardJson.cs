using System.Text.Encodings.Web;
using System.Text.Json;

namespace ReportIngest.Classify.Training;

/// <summary>Reads and writes <see cref="ModelCard"/> as indented snake_case JSON with Chinese left readable.</summary>
public static class ModelCardJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(ModelCard card, string path) => File.WriteAllText(path, JsonSerializer.Serialize(card, Options) + "\n");

    public static ModelCard Read(string path) =>
        JsonSerializer.Deserialize<ModelCard>(File.ReadAllText(path), Options) ?? throw new InvalidDataException(path + ": empty model card");
}
