using System.Collections.Concurrent;

namespace ReportIngest.Acquire.Tests.Support;

/// <summary>Keeps every progress report, synchronously (Progress&lt;T&gt; would post them later).</summary>
public sealed class ProgressLog(Action<AcquireProgress>? onReport = null) : IProgress<AcquireProgress>
{
    private readonly ConcurrentQueue<AcquireProgress> reports = new();

    public IReadOnlyList<AcquireProgress> Reports => reports.ToList();

    public void Report(AcquireProgress value)
    {
        reports.Enqueue(value);
        onReport?.Invoke(value);
    }
}
