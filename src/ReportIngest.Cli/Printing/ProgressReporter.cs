using ReportIngest.Pipeline.Batch;

namespace ReportIngest.Cli.Printing;

/// <summary>
/// Batch progress on stderr: a redrawn bar with counts when stderr is a terminal, one plain line per document
/// otherwise (logs, CI), so output stays readable in both.
/// </summary>
internal sealed class ProgressReporter(int total) : IProgress<DocumentOutcome>
{
    private readonly object gate = new();
    private readonly bool terminal = !Console.IsErrorRedirected;
    private int done;
    private int failed;

    public void Report(DocumentOutcome value)
    {
        lock (gate)
        {
            done++;
            if (!value.Loaded) failed++;
            var name = Path.GetFileName(value.Path);
            var status = value switch
            {
                { SameBytesAs: { } first } => $"same bytes as {first}: processed once",
                { Unchanged: true } => $"unchanged since it was loaded: {value.Tables} tables, {value.Facts} facts, {value.ChecksFailed} checks failed",
                { Loaded: true, Attention: { } why } => $"loaded, NEEDS ATTENTION: {why} ({value.Tables} tables, {value.Facts} facts)",
                { Loaded: true } => $"loaded: {value.Tables} tables, {value.Facts} facts, {value.ChecksFailed} checks failed",
                _ => $"FAILED at {value.FailedStage}: {value.Reason}",
            };
            if (terminal)
            {
                const int width = 30;
                var filled = total == 0 ? width : done * width / total;
                Console.Error.Write($"\r\x1b[2K[{new string('#', filled)}{new string('.', width - filled)}] {done}/{total} ({failed} failed) {Truncate(name, 40)}");
                if (!value.Loaded) Console.Error.Write($"\n  {name}: {status}\n");
                if (done == total) Console.Error.WriteLine();
            }
            else
            {
                Console.Error.WriteLine($"[{done}/{total}] {name}: {status} ({value.Elapsed.TotalSeconds:0.0} s)");
            }
        }
    }

    private static string Truncate(string s, int n) => s.Length <= n ? s : s[..(n - 1)] + "…";
}
