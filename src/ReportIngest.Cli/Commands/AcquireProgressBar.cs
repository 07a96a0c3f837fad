using ReportIngest.Acquire;
using Spectre.Console;

namespace ReportIngest.Cli.Commands;

/// <summary>Progress as a live bar on a terminal.</summary>
internal sealed class AcquireProgressBar(ProgressTask task) : IProgress<AcquireProgress>
{
    public void Report(AcquireProgress value)
    {
        task.Value = value.Completed;
        task.Description = Markup.Escape(AcquireText.Brief(value));
    }
}
