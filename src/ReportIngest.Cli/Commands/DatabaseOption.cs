using System.CommandLine;
using ReportIngest.Pipeline;

namespace ReportIngest.Cli.Commands;

/// <summary>The <c>--db</c> option every command shares, defaulting to data/reports.db.</summary>
internal static class DatabaseOption
{
    public static Option<string> Create(string description = "SQLite database") =>
        new("--db") { Description = description, DefaultValueFactory = _ => PipelineInfo.DefaultDatabase };
}
