using Microsoft.Data.Sqlite;
using ReportIngest.Core.Documents;
using ReportIngest.Core.Facts;
using ReportIngest.Load;
using StageNames = ReportIngest.Core.Artifacts.Stages;

namespace ReportIngest.Pipeline.Batch;

/// <summary>
/// The database a run loads into: one connection, one document written at a time (each in its own transaction),
/// whichever worker finished it.
/// </summary>
public sealed class DocumentDatabase : IDisposable
{
    private readonly Lock gate = new();
    private readonly Lazy<SqliteConnection> connection;
    private readonly Lazy<DocumentLoader> loader;

    private readonly TimeSpan busyTimeout;

    private DocumentDatabase(string path, string pipelineVersion, TimeSpan? busyTimeout)
    {
        this.busyTimeout = busyTimeout ?? TimeSpan.FromSeconds(60);
        connection = new(() => Database.Open(path, busyTimeout: this.busyTimeout));
        loader = new(() => new DocumentLoader(connection.Value, pipelineVersion));
    }

    /// <summary>Opens the database now (creating it with its schema when new).</summary>
    /// <param name="busyTimeout">How long a write waits for another program's lock before the document fails.</param>
    public static DocumentDatabase Open(string path, TimeSpan? busyTimeout = null)
    {
        var database = new DocumentDatabase(path, PipelineInfo.Version, busyTimeout);
        _ = database.loader.Value;
        return database;
    }

    /// <summary>Opens the database when the first document is written, so a run that loads nothing never creates it.</summary>
    public static DocumentDatabase OpenWhenNeeded(string path) => new(path, PipelineInfo.Version, null);

    /// <summary>SQLITE_BUSY or SQLITE_LOCKED: another connection holds the lock.</summary>
    public static bool IsLocked(SqliteException e) => e.SqliteErrorCode is 5 or 6;

    /// <summary>Tables below this classifier confidence are marked for review.</summary>
    public double ReviewThreshold => loader.Value.ReviewThreshold;

    public void Load(SourceDocument source, ValidatedDocument validated, string? stageVersions = null)
    {
        try
        {
            lock (gate) loader.Value.Load(source, validated, stageVersions);
        }
        catch (SqliteException e) when (IsLocked(e))
        {
            throw new DocumentFailure(StageNames.Load, $"database is locked: another program held its write lock for more than {busyTimeout.TotalSeconds:0} s; run again when it is done");
        }
    }

    /// <summary>The document as loaded earlier from the same file by stages of the same versions; null when it was not.</summary>
    public LoadedDocument? FindUnchanged(SourceDocument source, string stageVersions)
    {
        lock (gate) return loader.Value.FindUnchanged(source, stageVersions);
    }

    public void RecordFailure(SourceDocument source, string stage, string reason)
    {
        lock (gate) loader.Value.RecordFailure(source, stage, reason);
    }

    public void Dispose()
    {
        if (connection.IsValueCreated) connection.Value.Dispose();
    }
}
