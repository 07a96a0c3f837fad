using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace ReportIngest.Load;

/// <summary>
/// The <c>query</c> command's guard: exactly one statement, and one SQLite itself says does not write. A read-only
/// connection alone is not enough: <c>VACUUM INTO</c> writes a new file from a read-only database, and a second
/// statement after the first would otherwise be dropped without a word.
/// </summary>
public static class ReadOnlyQuery
{
    public static SqliteCommand Prepare(SqliteConnection connection, string sql)
    {
        var db = connection.Handle ?? throw new InvalidOperationException("the connection is not open");
        var rc = raw.sqlite3_prepare_v2(db, sql, out var statement, out var rest);
        using (statement)
        {
            if (rc != raw.SQLITE_OK)
                throw new SqliteException(raw.sqlite3_errmsg(db).utf8_to_string(), rc);
            if (statement.IsInvalid)
                throw new QueryRejectedException("the query is empty");
            if (raw.sqlite3_stmt_readonly(statement) == 0 || StartsWithWord(sql, "VACUUM"))
                throw new QueryRejectedException("query only reads: this statement would change a database (use 'ingest' to load documents)");
        }
        if (!string.IsNullOrWhiteSpace(rest))
        {
            rc = raw.sqlite3_prepare_v2(db, rest, out var next, out _);
            using (next)
            {
                if (rc != raw.SQLITE_OK || !next.IsInvalid)
                    throw new QueryRejectedException($"query runs one statement; remove what follows it: '{Brief(rest)}'");
            }
        }
        var command = connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }

    private static bool StartsWithWord(string sql, string word) =>
        sql.AsSpan(CodeStart(sql)).StartsWith(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>Where the statement's first keyword starts, after white space and comments.</summary>
    private static int CodeStart(string sql)
    {
        var i = 0;
        while (i < sql.Length)
        {
            if (char.IsWhiteSpace(sql[i])) i++;
            else if (sql.AsSpan(i).StartsWith("--")) i = sql.IndexOf('\n', i) is var end and >= 0 ? end + 1 : sql.Length;
            else if (sql.AsSpan(i).StartsWith("/*")) i = sql.IndexOf("*/", i + 2, StringComparison.Ordinal) is var end and >= 0 ? end + 2 : sql.Length;
            else break;
        }
        return i;
    }

    private static string Brief(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length <= 60 ? trimmed : trimmed[..59] + "…";
    }
}
