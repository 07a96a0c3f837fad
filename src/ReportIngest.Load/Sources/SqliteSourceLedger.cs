using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Dapper;
using Microsoft.Data.Sqlite;
using ReportIngest.Core.Sources;

namespace ReportIngest.Load.Sources;

/// <summary>
/// The acquire stage's ledger in the <c>source</c> table (shown as <c>v_source</c>). The acquire workers call it
/// concurrently; one connection with calls taken in turn is plenty for a row per URL.
/// </summary>
public sealed class SqliteSourceLedger(SqliteConnection connection, bool ownsConnection = false) : ISourceLedger, IDisposable
{
    private static readonly JsonSerializerOptions HintsJson = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    private readonly SemaphoreSlim turn = new(1, 1);

    /// <summary>Opens (creating when needed) the database with its schema, WAL on; the ledger closes it when disposed.</summary>
    public static SqliteSourceLedger Open(string databasePath) => new(Database.Open(databasePath), ownsConnection: true);

    public async Task<SourceRecord?> FindAsync(string url, CancellationToken cancellationToken)
    {
        await turn.WaitAsync(cancellationToken);
        try
        {
            var row = await connection.QuerySingleOrDefaultAsync<SourceRow>(new CommandDefinition(
                "SELECT url, status, reason, attempts, sha256, bytes, fetched_at AS FetchedAt, path, hints FROM source WHERE url = @url",
                new { url }, cancellationToken: cancellationToken));
            return row is null ? null : ToRecord(row);
        }
        finally
        {
            turn.Release();
        }
    }

    public async Task RecordAsync(SourceRecord record, CancellationToken cancellationToken)
    {
        await turn.WaitAsync(cancellationToken);
        try
        {
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
        finally
        {
            turn.Release();
        }
    }

    /// <summary>The hints of the latest manifest URL that stored these bytes; none when no manifest gave any.</summary>
    public SourceHints HintsOf(string sha256)
    {
        turn.Wait();
        try
        {
            var hints = connection.QueryFirstOrDefault<string?>(
                "SELECT hints FROM source WHERE sha256 = @sha256 AND status = 'stored' AND hints IS NOT NULL ORDER BY fetched_at DESC LIMIT 1",
                new { sha256 });
            return ReadHints(hints);
        }
        finally
        {
            turn.Release();
        }
    }

    private static SourceHints ReadHints(string? json) =>
        json is null ? SourceHints.None : JsonSerializer.Deserialize<SourceHints>(json, HintsJson) ?? SourceHints.None;

    private static SourceRecord ToRecord(SourceRow row) => new(
        row.Url,
        row.Status == "stored" ? SourceStatus.Stored : SourceStatus.Failed,
        row.Reason,
        (int)row.Attempts,
        row.Sha256,
        row.Bytes,
        DateTimeOffset.Parse(row.FetchedAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
        row.Path,
        ReadHints(row.Hints));

    public void Dispose()
    {
        if (ownsConnection) connection.Dispose();
        turn.Dispose();
    }
}
