using ReportIngest.Pipeline.Batch;

namespace ReportIngest.Cli.Printing;

/// <summary>The closing summary of a batch: what loaded, what failed and why, and what to look at.</summary>
internal static class BatchSummary
{
    public static void Print(IReadOnlyList<DocumentOutcome> outcomes, string database, TextWriter output, IReadOnlyDictionary<string, TimeSpan>? stageTimes = null,
        ResourceUse? resources = null)
    {
        var copies = outcomes.Where(o => o.SameBytesAs is not null).ToList();
        var interrupted = outcomes.Where(o => o.Interrupted).ToList();
        var documents = outcomes.Where(o => o.SameBytesAs is null && !o.Interrupted).ToList();
        var loaded = documents.Where(o => o.Loaded).ToList();
        var failed = documents.Where(o => !o.Loaded).ToList();
        var attention = loaded.Where(o => o.Attention is not null).ToList();
        output.WriteLine();
        var needsLook = attention.Count > 0 ? $" ({attention.Count} need attention)" : "";
        var inputs = copies.Count > 0 || interrupted.Count > 0 ? $" (from {outcomes.Count} input files)" : "";
        var unchanged = loaded.Count(o => o.Unchanged);
        var unchangedNote = unchanged > 0 ? $" ({unchanged} unchanged since loaded before: --reload loads them again)" : "";
        output.WriteLine($"Documents: {loaded.Count} loaded{needsLook}, {failed.Count} failed, of {documents.Count} distinct documents{inputs}{unchangedNote}");
        if (interrupted.Count > 0)
            output.WriteLine($"Interrupted: {interrupted.Count} not processed (nothing of them is in the database; run the same command again)");
        if (copies.Count > 0)
        {
            output.WriteLine("Same bytes as another input (processed once):");
            foreach (var o in copies)
                output.WriteLine($"  {o.Path} = {o.SameBytesAs}");
        }
        output.WriteLine($"Tables:    {loaded.Sum(o => o.Tables)} ({loaded.Sum(o => o.TablesToReview)} marked for review: low classifier confidence)");
        output.WriteLine($"Facts:     {loaded.Sum(o => o.Facts)}");
        output.WriteLine($"Checks:    {loaded.Sum(o => o.ChecksFailed)} failed arithmetic/cross-table checks (see 'reportingest inspect <document> --stage validate')");
        if (attention.Count > 0)
        {
            output.WriteLine("Loaded, but need attention (v_document.attention):");
            foreach (var o in attention)
                output.WriteLine($"  {o.Path}: {o.Attention}");
        }
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
        if (resources is not null)
            output.WriteLine($"Pages:     {loaded.Sum(o => o.Pages)}; {resources.Describe(loaded.Sum(o => o.Pages))}");
        output.WriteLine($"Database:  {database}");
    }
}
