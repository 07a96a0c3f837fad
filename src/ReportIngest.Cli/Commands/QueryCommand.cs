using System.CommandLine;
using System.Globalization;
using Microsoft.Data.Sqlite;
using ReportIngest.Cli.Printing;
using ReportIngest.Load;

namespace ReportIngest.Cli.Commands;

/// <summary><c>query "SQL" [--csv]</c>: read-only SQL over the database, as an aligned table or CSV.</summary>
internal static class QueryCommand
{
    public static Command Create()
    {
        var sql = new Argument<string>("sql") { Description = "SQL to run, e.g. \"SELECT * FROM v_fact LIMIT 10\"" };
        var db = DatabaseOption.Create("SQLite database");
        var csv = new Option<bool>("--csv") { Description = "Print CSV instead of an aligned table" };
        var command = new Command("query", "Run read-only SQL against the database (views: v_fact, v_document, v_table, v_source).");
        command.Arguments.Add(sql);
        command.Options.Add(db);
        command.Options.Add(csv);
        command.SetAction((parse, ct) =>
        {
            try
            {
                using var connection = Database.Open(parse.GetValue(db)!, readOnly: true);
                using var cmd = ReadOnlyQuery.Prepare(connection, parse.GetValue(sql)!);
                using var reader = cmd.ExecuteReader();
                var header = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
                var rows = new List<string[]>();
                while (reader.Read())
                    rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => Format(reader.GetValue(i))).ToArray());
                if (parse.GetValue(csv)) TableWriter.WriteCsv(Console.Out, header, rows);
                else TableWriter.WriteAligned(Console.Out, header, rows);
                return Task.FromResult(0);
            }
            catch (Exception e) when (e is SqliteException or FileNotFoundException or QueryRejectedException or DatabaseFileException)
            {
                Console.Error.WriteLine("query: " + e.Message);
                return Task.FromResult(1);
            }
        });
        return command;
    }

    private static string Format(object value) => value switch
    {
        DBNull => "",
        double d => d.ToString("0.##########", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
