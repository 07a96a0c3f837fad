using System.Globalization;
using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;
using ReportIngest.Core.Sources;

namespace ReportIngest.Load.Sources;

/// <summary>
/// The acquire stage's ledger in the <c>source</c> table (shown as <c>v_source</c>). A connection per call from
/// the pool, WAL and SQLite's busy wait let the acquire workers record outcomes concurrently.
/// </summary>
public sealed class SqliteSourceLedger(string connectionString) : ISourceLedger
{
    private const string SchemaResource = "ReportIngest.Load.Schema.001_initial.sql";

    private static readonly JsonSerializerOptions HintsJson = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    /// <summary>Opens (creating when needed) the database file, ensures the schema and switches it to WAL.</summary>
    public static async Task<SqliteSourceLedger> OpenAsync(string databasePath, CancellationToken cancellationToken)
    {
        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(databasePath));
        if (folder is not null) Directory.CreateDirectory(folder);
        var builder = new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = true };
        var ledger = new SqliteSourceLedger(builder.ToString());
        await ledger.EnsureSchemaAsync(cancellationToken);
        return ledger;
    }

    /// <summary>Runs the schema script (every statement is IF NOT EXISTS, so running it again is harmless).</summary>
    public async Task EnsureSchemaAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("PRAGMA journal_mode = WAL;", cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(ReadSchema(), cancellationToken: cancellationToken));
    }

    public async Task<SourceRecord?> FindAsync(string url, CancellationToken cancellationToken)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<SourceRow>(new CommandDefinition(
            "SELECT url, status, reason, attempts, sha256, bytes, fetched_at AS FetchedAt, path, hints FROM source WHERE url = @url",
            new { url }, cancellationToken: cancellationToken));
        return row is null ? null : ToRecord(row);
    }

    public async Task RecordAsync(SourceRecord record, CancellationToken cancellationToken)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO source (url, status, reason, attempts, sha256, bytes, fetched_at, path, hints)
            VALUES (@Url, @Status, @Reason, @Attempts, @Sha256, @Bytes, @FetchedAt, @Path, @Hints)
            ON CONFLICT (url) DO UPDATE SET
                status = excluded.status, reason = excluded.reason, attempts = excluded.attempts,
                sha256 = excluded.sha256, bytes = excluded.bytes, fetched_at = excluded.fetched_at,
                path = excluded.path, hints = excluded.hints
            """,
            new
            {
                record.Url,
                Status = record.Status == SourceStatus.Stored ? "stored" : "failed",
                record.Reason,
                record.Attempts,
                record.Sha256,
                record.Bytes,
                FetchedAt = record.FetchedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
                record.Path,
                Hints = record.Hints.IsEmpty ? null : JsonSerializer.Serialize(record.Hints, HintsJson),
            },
            cancellationToken: cancellationToken));
    }

    private async Task<SqliteConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    private static SourceRecord ToRecord(SourceRow row) => new(
        row.Url,
        row.Status == "stored" ? SourceStatus.Stored : SourceStatus.Failed,
        row.Reason,
        (int)row.Attempts,
        row.Sha256,
        row.Bytes,
        DateTimeOffset.Parse(row.FetchedAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
        row.Path,
        row.Hints is null ? SourceHints.None : JsonSerializer.Deserialize<SourceHints>(row.Hints, HintsJson) ?? SourceHints.None);

    private static string ReadSchema()
    {
        using var stream = typeof(SqliteSourceLedger).Assembly.GetManifestResourceStream(SchemaResource)
            ?? throw new InvalidOperationException($"embedded resource {SchemaResource} is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
