using System.CommandLine;
using ReportIngest.Cli.Commands;

var root = new RootCommand("ReportIngest: Chinese county budget and final-account reports (PDF or text) into one SQLite database.");
foreach (var command in CommandCatalog.All())
    root.Subcommands.Add(command);
return await root.Parse(args).InvokeAsync();
