using ReportIngest.Core.Documents;

namespace ReportIngest.Cli.Commands;

/// <summary>
/// The loop of the commands that work file by file outside a database (tables, classifier-data): a document that
/// fails is said in one line and counted, and the others go on.
/// </summary>
internal static class EachDocument
{
    /// <summary><see cref="ExitCodes.Success"/> when no document failed, else <see cref="ExitCodes.SomeFailed"/>.</summary>
    public static int Run(IEnumerable<string> paths, Action<string> work)
    {
        var failed = 0;
        foreach (var path in paths)
        {
            try
            {
                work(path);
            }
            catch (DocumentFailure failure)
            {
                failed++;
                Console.Error.WriteLine($"{path}: failed at {failure.Stage}: {failure.Reason}");
            }
        }
        return failed == 0 ? ExitCodes.Success : ExitCodes.SomeFailed;
    }
}
