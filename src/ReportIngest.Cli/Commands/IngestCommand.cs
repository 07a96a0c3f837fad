using System.CommandLine;

namespace ReportIngest.Cli.Commands;

internal static class IngestCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Report files or folders", Arity = ArgumentArity.OneOrMore };
        var db = new Option<string>("--db") { Description = "SQLite database", DefaultValueFactory = _ => "data/reports.db" };
        var command = new Command("ingest", "Run every stage for each document and load it into the database.");
        command.Arguments.Add(inputs);
        command.Options.Add(db);
        command.SetAction((parse, ct) =>
        {
            Console.WriteLine(string.Join(",", parse.GetValue(inputs)!) + " " + parse.GetValue(db));
            return Task.FromResult(0);
        });
        return command;
    }
}
