using System.CommandLine;

namespace ReportIngest.Cli.Commands;

/// <summary>Every command of the CLI, in the order --help lists them. One file per command.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> All()
    {
        yield return IngestCommand.Create();
        yield return AcquireCommand.Create();
        yield return TrainClassifierCommand.Create();
    }
}
