using System.Diagnostics;
using ReportIngest.Acquire;
using ReportIngest.Core.Sources;

namespace ReportIngest.Cli.Commands;

/// <summary>Progress as plain lines, for logs and pipes: each failure as it happens and the counts every few seconds.</summary>
internal sealed class AcquireProgressLines(TextWriter output) : IProgress<AcquireProgress>
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);
    private readonly Lock gate = new();
    private readonly Stopwatch sinceLast = Stopwatch.StartNew();

    public void Report(AcquireProgress value)
    {
        lock (gate)
        {
            if (value.Latest.Status == SourceStatus.Failed)
                output.WriteLine($"failed: {value.Latest.Url}: {value.Latest.Reason}");
            if (sinceLast.Elapsed < Interval && value.Completed < value.Total) return;
            output.WriteLine(AcquireText.Counts(value));
            sinceLast.Restart();
        }
    }
}
