using System.Diagnostics;

namespace ReportIngest.Tests.Support;

/// <summary>Debian's chromium run headless: the DOM after scripts ran, or a screenshot. .ci/run installs it.</summary>
public static class HeadlessChromium
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(120);

    private static string Executable =>
        new[] { "chromium", "chromium-browser", "google-chrome" }.Select(Find).FirstOrDefault(p => p is not null)
        ?? throw new InvalidOperationException("chromium is not installed (apt-get install chromium; .ci/run installs it)");

    public static string DumpDom(string url, string window = "1600,1200") => Run(["--dump-dom", $"--window-size={window}", url]);

    public static void Screenshot(string url, string png, string window = "1600,1200") =>
        Run([$"--screenshot={png}", $"--window-size={window}", "--hide-scrollbars", url]);

    private static string Run(IEnumerable<string> arguments)
    {
        using var profile = new TempDirectory();
        var start = new ProcessStartInfo(Executable) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        // Root in CI needs --no-sandbox; a profile of its own keeps parallel runs apart.
        foreach (var a in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", $"--user-data-dir={profile.Path}" }.Concat(arguments))
            start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Limit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"chromium took longer than {Limit.TotalSeconds} s");
        }
        if (process.ExitCode != 0) throw new InvalidOperationException($"chromium exited {process.ExitCode}: {error.Result}");
        return output.Result;
    }

    private static string? Find(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(d => Path.Combine(d, name)).FirstOrDefault(File.Exists);
}
