using System.Text.Json;

namespace ReportIngest.Core.Artifacts;

/// <summary>
/// Per-document stage artifacts on disk: <c>{root}/{sha256}/{stage}.json</c>, each stamped with the stage's
/// code version so a stage whose code changed recomputes and an unchanged one is reused.
/// </summary>
public sealed class ArtifactStore(string root)
{
    public string Root { get; } = root;

    public string PathOf(string sha256, string stage) => System.IO.Path.Combine(Root, sha256, stage + ".json");

    public bool TryLoad<T>(string sha256, string stage, string version, out T value)
    {
        value = default!;
        var path = PathOf(sha256, stage);
        if (!File.Exists(path)) return false;
        try
        {
            using var stream = File.OpenRead(path);
            var envelope = JsonSerializer.Deserialize<Envelope<T>>(stream, ArtifactJson.Options);
            if (envelope is null || envelope.Version != version || envelope.Payload is null) return false;
            value = envelope.Payload;
            return true;
        }
        catch (JsonException)
        {
            return false; // an unreadable artifact is recomputed, never trusted
        }
    }

    public T Load<T>(string sha256, string stage)
    {
        var path = PathOf(sha256, stage);
        if (!File.Exists(path))
            throw new FileNotFoundException($"no '{stage}' artifact for {sha256[..16]}: run the stages before it first", path);
        using var stream = File.OpenRead(path);
        var envelope = JsonSerializer.Deserialize<Envelope<T>>(stream, ArtifactJson.Options)
            ?? throw new InvalidDataException($"artifact {path} is empty");
        return envelope.Payload!;
    }

    public void Save<T>(string sha256, string stage, string version, T payload)
    {
        var path = PathOf(sha256, stage);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        var temp = path + "." + Environment.ProcessId + ".tmp";
        using (var stream = File.Create(temp))
            JsonSerializer.Serialize(stream, new Envelope<T>(stage, version, DateTimeOffset.UtcNow, payload), ArtifactJson.Options);
        File.Move(temp, path, overwrite: true);
    }

    private sealed record Envelope<T>(string Stage, string Version, DateTimeOffset Written, T Payload);
}
