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
    public const int SchemaVersion = 5;

    public static SqliteConnection Open(string path, bool readOnly = false)
    {
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
            DefaultTimeout = 60,
        };
        var connection = new SqliteConnection(builder.ToString());
        connection.Open();
        connection.Execute("PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 60000;");
        if (!readOnly)
        {
            connection.Execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;");
            EnsureSchema(connection);
        }
        return connection;
    }

    public static void EnsureSchema(SqliteConnection connection)
    {
        connection.Execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, applied_at TEXT NOT NULL)");
        var current = connection.ExecuteScalar<long?>("SELECT MAX(version) FROM schema_version") ?? 0;
        foreach (var (version, sql) in Scripts().Where(s => s.Version > current).OrderBy(s => s.Version))
        {
            using var tx = connection.BeginTransaction();
            connection.Execute(sql, transaction: tx);
            connection.Execute("INSERT INTO schema_version (version, applied_at) VALUES (@version, @at)",
                new { version, at = DateTimeOffset.UtcNow.ToString("O") }, tx);
            tx.Commit();
        }
    }

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
