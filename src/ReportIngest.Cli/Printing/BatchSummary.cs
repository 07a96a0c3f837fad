using ReportIngest.Pipeline.Batch;

namespace ReportIngest.Cli.Printing;

/// <summary>The closing summary of a batch: what loaded, what failed and why, and what to look at.</summary>
internal static class BatchSummary
{
    public static void Print(IReadOnlyList<DocumentOutcome> outcomes, string database, TextWriter output, IReadOnlyDictionary<string, TimeSpan>? stageTimes = null)
    {
        var loaded = outcomes.Where(o => o.Loaded).ToList();
        var failed = outcomes.Where(o => !o.Loaded).ToList();
        output.WriteLine();
        output.WriteLine($"Documents: {loaded.Count} loaded, {failed.Count} failed (of {outcomes.Count})");
        output.WriteLine($"Tables:    {loaded.Sum(o => o.Tables)} ({loaded.Sum(o => o.TablesToReview)} marked for review: low classifier confidence)");
        output.WriteLine($"Facts:     {loaded.Sum(o => o.Facts)}");
        output.WriteLine($"Checks:    {loaded.Sum(o => o.ChecksFailed)} failed arithmetic/cross-table checks (see 'reportingest inspect <document> --stage validate')");
        var warned = loaded.Where(o => o.Warnings.Count > 0).ToList();
        if (warned.Count > 0)
        {
            output.WriteLine("Warnings:");
            foreach (var o in warned)
                foreach (var w in o.Warnings.Take(5))
                    output.WriteLine($"  {Path.GetFileName(o.Path)}: {w}");
        }
        if (failed.Count > 0)
        {
            output.WriteLine("Failed:");
            foreach (var o in failed)
                output.WriteLine($"  {o.Path}: {o.Reason} (stage {o.FailedStage})");
            foreach (var group in failed.GroupBy(o => o.FailedStage))
                output.WriteLine($"  {group.Count()} at {group.Key}");
        }
        if (stageTimes is { Count: > 0 })
            output.WriteLine("Time:      " + string.Join(", ", stageTimes.Select(kv => $"{kv.Key} {kv.Value.TotalSeconds:0.0} s")) + " (summed over documents)");
        output.WriteLine($"Database:  {database}");
    }
}
