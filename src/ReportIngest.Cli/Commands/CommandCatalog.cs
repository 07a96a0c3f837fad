using System.CommandLine;

namespace ReportIngest.Cli.Commands;

/// <summary>Every command of the CLI, in the order --help lists them. One file per command.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> All()
    {
        yield return IngestCommand.Create();
        yield return RunCommand.Create();
        yield return InspectCommand.Create();
        yield return ReviewCommand.Create();
        yield return QueryCommand.Create();
        yield return TablesCommand.Create();
        yield return TrainClassifierCommand.Create();
        yield return ClassifierDataCommand.Create();
        yield return AcquireCommand.Create();
    }
}
