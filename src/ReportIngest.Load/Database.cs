using System.Reflection;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ReportIngest.Load;

/// <summary>
/// The SQLite database: opens a connection with WAL and foreign keys on, and creates or upgrades the schema from
/// the numbered scripts embedded in this assembly (Schema/NNN_*.sql), recording the version applied.
/// </summary>
public static class Database
{
    /// <summary>The newest script's version (numbers may have gaps: each branch takes its own).</summary>
    public const int SchemaVersion = 7;

    private static readonly byte[] SqliteHeader = "SQLite format 3\0"u8.ToArray();

    /// <param name="busyTimeout">How long a statement waits for another writer's lock before "database is locked".</param>
    public static SqliteConnection Open(string path, bool readOnly = false, TimeSpan? busyTimeout = null)
    {
        CheckFile(path);
        if (!readOnly)
        {
            var dir = Path.GetDirectoryName(Path.GetFullPath(path));
            if (dir is not null) Directory.CreateDirectory(dir);
        }
        else if (!File.Exists(path))
        {
            throw new FileNotFoundException($"no database at {path}: run 'reportingest ingest' first", path);
        }
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            // Microsoft.Data.Sqlite retries a busy database itself for the command timeout: keep it to the busy timeout
            DefaultTimeout = (int)Math.Max(1, Math.Ceiling((busyTimeout ?? TimeSpan.FromSeconds(60)).TotalSeconds)),
        };
        var connection = new SqliteConnection(builder.ToString());
        connection.Open();
        var busyMs = (int)(busyTimeout ?? TimeSpan.FromSeconds(60)).TotalMilliseconds;
        connection.Execute($"PRAGMA foreign_keys = ON; PRAGMA busy_timeout = {busyMs};");
        if (!readOnly)
        {
            connection.Execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;");
            EnsureSchema(connection);
        }
        return connection;
    }

    /// <summary>
    /// Refuses a path that cannot be the database: a folder, or a file that is neither empty nor SQLite (a PDF given
    /// as --db by mistake), before SQLite answers with "file is not a database" halfway through a command.
    /// </summary>
    public static void CheckFile(string path)
    {
        if (Directory.Exists(path))
            throw new DatabaseFileException($"--db {path} is a folder, not a database file (give e.g. {Path.Combine(path, "reports.db")})");
        if (!File.Exists(path)) return;
        var head = new byte[SqliteHeader.Length];
        int read;
        try
        {
            using var file = File.OpenRead(path);
            read = file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DatabaseFileException($"cannot read the database {path}: {e.Message}");
        }
        if (read > 0 && !head.AsSpan(0, read).SequenceEqual(SqliteHeader))
            throw new DatabaseFileException($"--db {path} is not a SQLite database (it starts with '{Printable(head, read)}'); give a new or existing .db file");
    }

    private static string Printable(byte[] head, int length) =>
        new(System.Text.Encoding.Latin1.GetString(head, 0, length).Select(c => char.IsControl(c) ? '.' : c).ToArray());

    /// <summary>
    /// Applies every script whose version is not recorded yet, in order: by number, so one merged after a higher one
    /// (branches take their numbers ahead) is still applied. The versions are read again inside a write transaction,
    /// so several processes opening a new database at once apply and record each script exactly once.
    /// </summary>
    public static void EnsureSchema(SqliteConnection connection)
    {
        var scripts = Scripts().OrderBy(s => s.Version).ToList();
        if (scripts.All(s => RecordedVersions(connection, null).Contains(s.Version))) return;
        using var tx = connection.BeginTransaction(deferred: false);
        connection.Execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, applied_at TEXT NOT NULL)", transaction: tx);
        var recorded = RecordedVersions(connection, tx);
        foreach (var (version, sql) in scripts.Where(s => !recorded.Contains(s.Version)))
        {
            connection.Execute(sql, transaction: tx);
            connection.Execute("INSERT INTO schema_version (version, applied_at) VALUES (@version, @at)",
                new { version, at = DateTimeOffset.UtcNow.ToString("O") }, tx);
        }
        tx.Commit();
    }

    private static HashSet<long> RecordedVersions(SqliteConnection connection, SqliteTransaction? tx)
    {
        var exists = connection.ExecuteScalar<long>("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'", transaction: tx) > 0;
        return exists ? connection.Query<long>("SELECT version FROM schema_version", transaction: tx).ToHashSet() : [];
    }

    /// <summary>The versions of the scripts this build applies.</summary>
    public static IReadOnlyList<int> ScriptVersions => Scripts().Select(s => s.Version).Order().ToList();

    private static IEnumerable<(int Version, string Sql)> Scripts()
    {
        var assembly = typeof(Database).Assembly;
        const string prefix = "ReportIngest.Load.Schema.";
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal)))
        {
            var digits = new string(name[prefix.Length..].TakeWhile(char.IsDigit).ToArray());
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            yield return (int.Parse(digits), reader.ReadToEnd());
        }
    }
}
