using ReportIngest.Cli.Commands;

namespace ReportIngest.Tests.Support;

/// <summary>Runs the real ingest command in-process over files into a database.</summary>
public static class Ingest
{
    public static int Run(string database, params string[] files) =>
        IngestCommand.RunAsync(files.Select(f => new ReportIngest.Cli.Pipeline.IngestInput(f)).ToList(), database, 2, 120, CancellationToken.None).GetAwaiter().GetResult();
}
