using ReportIngest.Acquire;

namespace ReportIngest.Cli.Commands;

/// <summary>The words and figures of acquire's progress lines and closing summary.</summary>
internal static class AcquireText
{
    public static string Counts(AcquireProgress p)
    {
        var failures = p.FailuresByReason.Count == 0
            ? ""
            : " [" + string.Join(", ", p.FailuresByReason.OrderByDescending(f => f.Value).Select(f => $"{f.Key}: {f.Value}")) + "]";
        return $"{p.Completed}/{p.Total} done: {p.Stored} fetched ({Size(p.Bytes)}), {p.Skipped} already stored, {p.Failed} failed{failures}";
    }

    /// <summary>Fits beside a progress bar.</summary>
    public static string Brief(AcquireProgress p) =>
        $"{p.Completed}/{p.Total} · {Size(p.Bytes)} · {p.Skipped} already stored · {p.Failed} failed";

    public static void WriteSummary(TextWriter output, AcquireSummary summary)
    {
        output.WriteLine($"acquired {summary.Records.Count} URLs in {summary.Elapsed.TotalSeconds:0.0} s: " +
            $"{summary.Fetched} fetched ({Size(summary.BytesFetched)}), {summary.Skipped} already stored, {summary.Failed.Count} failed");
        foreach (var host in summary.OpenedCircuits)
            output.WriteLine($"circuit opened for {host}: its remaining URLs were not tried; run again later to retry them");
        if (summary.Failed.Count == 0) return;
        output.WriteLine("failed, by reason (a re-run retries them):");
        foreach (var group in summary.Failed.GroupBy(r => FailureReasons.Category(r.Reason ?? "unknown")).OrderByDescending(g => g.Count()))
        {
            output.WriteLine($"  {group.Key}: {group.Count()}");
            foreach (var record in group)
                output.WriteLine($"    {record.Url}  ({record.Attempts} attempt(s)) {record.Reason}");
        }
    }

    public static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => $"{bytes / 1024.0:0.0} KB",
        _ => $"{bytes / (1024.0 * 1024):0.0} MB",
    };
}
