using System.IO.Compression;
using System.Text.Json;

namespace ReportIngest.Core.Artifacts;

/// <summary>
/// Per-document stage artifacts on disk: <c>{root}/{sha256}/{stage}.json.br</c> (Brotli-compressed JSON), each stamped
/// with the stage's code version so a stage whose code changed recomputes and an unchanged one is reused.
/// </summary>
/// <remarks>
/// Compressed because the extract and reconstruct artifacts hold every cell with its box: on the corpus 1.38 MB of JSON
/// per report became well under 0.2 MB, and a cached re-run reads that many fewer bytes. Artifacts of the older uncompressed format
/// (<c>{stage}.json</c>) are not read: their stages recompute.
/// </remarks>
public sealed class ArtifactStore(string root)
{
    public string Root { get; } = root;

    public const string Extension = ".json.br";

    /// <summary>
    /// Brotli quality 2 of 11. Over 40 corpus reports (1.8 MB of JSON each): quality 1 left 202 KB per report (over the
    /// 200 KB aim), 2 gave 167 KB, the default (4) 162 KB at a third more time, 5 134 KB at twice the time.
    /// </summary>
    private static readonly BrotliCompressionOptions Compression = new() { Quality = 2 };

    public string PathOf(string sha256, string stage) => System.IO.Path.Combine(Root, sha256, stage + Extension);

    /// <summary>A stored artifact as its JSON text, for a person to read.</summary>
    public string ReadJson(string sha256, string stage)
    {
        using var reader = new StreamReader(OpenRead(PathOf(sha256, stage)));
        return reader.ReadToEnd();
    }

    /// <summary>Replaces a stored artifact with the given JSON text (a test's perturbed extraction).</summary>
    public void WriteJson(string sha256, string stage, string json)
    {
        using var writer = new StreamWriter(new BrotliStream(File.Create(PathOf(sha256, stage)), Compression));
        writer.Write(json);
    }

    private static Stream OpenRead(string path) => new BrotliStream(File.OpenRead(path), CompressionMode.Decompress);

    public bool TryLoad<T>(string sha256, string stage, string version, out T value)
    {
        value = default!;
        var path = PathOf(sha256, stage);
        if (!File.Exists(path)) return false;
        try
        {
            using var stream = OpenRead(path);
            var envelope = JsonSerializer.Deserialize<ArtifactEnvelope<T>>(stream, ArtifactJson.Options);
            if (envelope is null || envelope.Version != version || envelope.Payload is null) return false;
            value = envelope.Payload;
            return true;
        }
        catch (Exception e) when (e is JsonException or InvalidDataException)
        {
            return false; // an unreadable artifact is recomputed, never trusted
        }
    }

    public T Load<T>(string sha256, string stage)
    {
        var path = PathOf(sha256, stage);
        if (!File.Exists(path))
            throw new FileNotFoundException($"no '{stage}' artifact for {sha256[..16]}: run the stages before it first", path);
        using var stream = OpenRead(path);
        var envelope = JsonSerializer.Deserialize<ArtifactEnvelope<T>>(stream, ArtifactJson.Options)
            ?? throw new InvalidDataException($"artifact {path} is empty");
        return envelope.Payload!;
    }

    public void Save<T>(string sha256, string stage, string version, T payload)
    {
        var path = PathOf(sha256, stage);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        // The process id says whose it is (RemoveAbandonedTemporaries); the random part keeps two jobs of one process
        // that write the same document's artifact from sharing a file.
        var temp = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}{TempSuffix}";
        using (var stream = new BrotliStream(File.Create(temp), Compression))
            JsonSerializer.Serialize(stream, new ArtifactEnvelope<T>(stage, version, DateTimeOffset.UtcNow, payload), ArtifactJson.Options);
        File.Move(temp, path, overwrite: true);
    }

    /// <summary>
    /// Deletes the temporary files a killed process left (<c>kill -9</c> between writing and renaming): those whose
    /// writer is no longer running, and any older than a day.
    /// </summary>
    public int RemoveAbandonedTemporaries()
    {
        if (!Directory.Exists(Root)) return 0;
        var removed = 0;
        foreach (var file in Directory.EnumerateFiles(Root, "*" + TempSuffix, SearchOption.AllDirectories))
        {
            if (WriterIsRunning(file) && File.GetLastWriteTimeUtc(file) > DateTime.UtcNow.AddDays(-1)) continue;
            try
            {
                File.Delete(file);
                removed++;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
            }
        }
        return removed;
    }

    private const string TempSuffix = ".tmp";

    /// <summary>Reads the writer's process id from <c>{stage}.json.br.{pid}[.{random}].tmp</c>.</summary>
    private static bool WriterIsRunning(string file)
    {
        var name = System.IO.Path.GetFileName(file);
        var at = name.IndexOf(Extension + ".", StringComparison.Ordinal);
        var pidPart = at < 0 ? null : name[(at + Extension.Length + 1)..].Split('.')[0];
        if (!int.TryParse(pidPart, out var pid)) return false;
        if (pid == Environment.ProcessId) return true;
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
