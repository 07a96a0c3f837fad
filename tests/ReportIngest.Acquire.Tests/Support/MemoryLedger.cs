using System.Collections.Concurrent;
using ReportIngest.Core.Sources;

namespace ReportIngest.Acquire.Tests.Support;

/// <summary>A ledger in a dictionary, for tests about fetching rather than SQLite.</summary>
public sealed class MemoryLedger : ISourceLedger
{
    private readonly ConcurrentDictionary<string, SourceRecord> records = new();

    public IReadOnlyCollection<SourceRecord> Records => records.Values.ToList();

    public Task<SourceRecord?> FindAsync(string url, CancellationToken cancellationToken) =>
        Task.FromResult(records.GetValueOrDefault(url));

    public Task RecordAsync(SourceRecord record, CancellationToken cancellationToken)
    {
        records[record.Url] = record;
        return Task.CompletedTask;
    }
}
