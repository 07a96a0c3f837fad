using Microsoft.Data.Sqlite;
using ReportIngest.Core.Documents;
using ReportIngest.Core.Facts;
using ReportIngest.Load;

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

    private DocumentDatabase(string path, string pipelineVersion)
    {
        connection = new(() => Database.Open(path));
        loader = new(() => new DocumentLoader(connection.Value, pipelineVersion));
    }

    /// <summary>Opens the database now (creating it with its schema when new).</summary>
    public static DocumentDatabase Open(string path)
    {
        var database = new DocumentDatabase(path, PipelineInfo.Version);
        _ = database.loader.Value;
        return database;
    }

    /// <summary>Opens the database when the first document is written, so a run that loads nothing never creates it.</summary>
    public static DocumentDatabase OpenWhenNeeded(string path) => new(path, PipelineInfo.Version);

    /// <summary>Tables below this classifier confidence are marked for review.</summary>
    public double ReviewThreshold => loader.Value.ReviewThreshold;

    public void Load(SourceDocument source, ValidatedDocument validated)
    {
        lock (gate) loader.Value.Load(source, validated);
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
