using System.CommandLine;
using ReportIngest.Cli.Commands;
using ReportIngest.Load;

var root = new RootCommand("ReportIngest: Chinese county budget and final-account reports (PDF or text) into one SQLite database.");
foreach (var command in CommandCatalog.All())
    root.Subcommands.Add(command);
var parse = root.Parse(args);
var name = parse.CommandResult.Command == root ? "reportingest" : parse.CommandResult.Command.Name;
// Ctrl-C cancels the command's token; a batch then rolls back what is in flight and prints its summary, which can
// take a while when a document is in the middle of a long PDF page.
var configuration = new InvocationConfiguration { EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = TimeSpan.FromSeconds(60) };
try
{
    return await parse.InvokeAsync(configuration);
}
catch (DatabaseFileException e)
{
    Console.Error.WriteLine($"{name}: {e.Message}");
    return ExitCodes.Usage;
}
catch (OperationCanceledException)
{
    Console.Error.WriteLine($"{name}: interrupted");
    return ExitCodes.Interrupted;
}
