using System.Diagnostics;

namespace ReportIngest.Tests.Support;

/// <summary>
/// Runs the real <c>reportingest</c> program (built beside the tests) as a child process: exit codes, messages on
/// stderr and signals are what a user sees, which an in-process call cannot show.
/// </summary>
public sealed class CliProcess : IDisposable
{
    private readonly Process process;
    private readonly System.Text.StringBuilder stdout = new();
    private readonly System.Text.StringBuilder stderr = new();
    private readonly object gate = new();

    private CliProcess(string workingDirectory, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Program);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { lock (gate) if (e.Data is not null) stdout.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (gate) if (e.Data is not null) stderr.AppendLine(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>
    /// The CLI's build of the same configuration as the tests (…/bin/Release/net10.0/), which building the solution
    /// makes (scripts/test): the tests reference the pipeline, never the CLI.
    /// </summary>
    private static string Program
    {
        get
        {
            var framework = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var configuration = framework.Parent!.Name;
            var path = Path.Combine(RepoPaths.Root, "src", "ReportIngest.Cli", "bin", configuration, framework.Name, "reportingest.dll");
            return File.Exists(path) ? path : throw new FileNotFoundException("build the solution first (scripts/test builds it)", path);
        }
    }

    public int Id => process.Id;

    public string Stdout { get { lock (gate) return stdout.ToString(); } }

    public string Stderr { get { lock (gate) return stderr.ToString(); } }

    public static CliProcess Start(string workingDirectory, params string[] args) => new(workingDirectory, args);

    public static (int Exit, string Stdout, string Stderr) Run(string workingDirectory, params string[] args)
    {
        using var cli = Start(workingDirectory, args);
        var exit = cli.WaitForExit(TimeSpan.FromMinutes(3));
        return (exit, cli.Stdout, cli.Stderr);
    }

    public int WaitForExit(TimeSpan limit)
    {
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"reportingest did not exit within {limit}: {Stderr}");
        }
        process.WaitForExit(); // flushes the redirected streams
        return process.ExitCode;
    }

    /// <summary>Sends SIGINT, as Ctrl-C in a terminal does (straight through libc: a minimal image may have no kill binary).</summary>
    public void Interrupt()
    {
        const int sigint = 2;
        if (Kill(process.Id, sigint) != 0)
            throw new InvalidOperationException($"cannot signal process {process.Id}");
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);

    public void Dispose()
    {
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        process.Dispose();
    }
}
