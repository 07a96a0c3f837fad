using Microsoft.Data.Sqlite;

namespace ReportIngest.Load;

/// <summary>
/// One INSERT prepared once and run per row with its parameters' values replaced: for the thousands of facts of a
/// report, where a statement built per row (parameter objects and an anonymous row each) was most of what loading
/// allocated.
/// </summary>
internal sealed class PreparedInsert : IDisposable
{
    private readonly SqliteCommand _command;
    private readonly SqliteParameter[] _values;

    public PreparedInsert(SqliteConnection connection, SqliteTransaction transaction, string table, IReadOnlyList<string> columns)
    {
        _command = connection.CreateCommand();
        _command.Transaction = transaction;
        _command.CommandText = $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select((_, i) => "$" + i))})";
        _values = columns.Select((_, i) => _command.Parameters.Add(new SqliteParameter("$" + i, DBNull.Value))).ToArray();
        _command.Prepare();
    }

    /// <summary>Inserts one row: the values in the order of the columns, null for NULL.</summary>
    public void Run(params ReadOnlySpan<object?> values)
    {
        if (values.Length != _values.Length)
            throw new ArgumentException($"{values.Length} values for {_values.Length} columns", nameof(values));
        for (var i = 0; i < values.Length; i++)
            _values[i].Value = values[i] ?? DBNull.Value;
        _command.ExecuteNonQuery();
    }

    public void Dispose() => _command.Dispose();
}
