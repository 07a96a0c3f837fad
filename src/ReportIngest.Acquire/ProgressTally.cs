using ReportIngest.Core.Sources;

namespace ReportIngest.Acquire;

/// <summary>Running counts shared by the workers of one run.</summary>
internal sealed class ProgressTally(int total)
{
    private readonly Lock gate = new();
    private readonly SortedDictionary<string, int> failuresByReason = new(StringComparer.Ordinal);
    private int stored;
    private int skipped;
    private int failed;
    private long bytes;

    public long Bytes { get { lock (gate) return bytes; } }

    public int Fetched { get { lock (gate) return stored; } }

    public int Skipped { get { lock (gate) return skipped; } }

    public AcquireProgress Add(SourceRecord record, bool wasSkipped)
    {
        lock (gate)
        {
            if (wasSkipped) skipped++;
            else if (record.Status == SourceStatus.Stored)
            {
                stored++;
                bytes += record.Bytes ?? 0;
            }
            else
            {
                failed++;
                var category = FailureReasons.Category(record.Reason ?? "unknown");
                failuresByReason[category] = failuresByReason.GetValueOrDefault(category) + 1;
            }
            return new AcquireProgress(total, stored, skipped, failed, bytes,
                new Dictionary<string, int>(failuresByReason), record);
        }
    }
}
