using System.Diagnostics;
using ReportIngest.Core.Documents;

namespace ReportIngest.Extract.Ocr.Tools;

/// <summary>Runs an external program to the end and returns what it wrote to stdout; a failure becomes a <see cref="DocumentFailure"/>.</summary>
internal static class ToolRun
{
    public static byte[] Run(string program, IEnumerable<string> arguments, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        // Pages run in parallel already: Tesseract's own OpenMP threads only contend with them.
        start.Environment["OMP_THREAD_LIMIT"] = "1";
        using var process = Start(program, start);
        using var output = new MemoryStream();
        var copy = process.StandardOutput.BaseStream.CopyToAsync(output, cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        try
        {
            process.WaitForExitAsync(timeoutSource.Token).GetAwaiter().GetResult();
            copy.GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            if (cancellationToken.IsCancellationRequested) throw;
            throw new DocumentFailure(PdfStage, $"{program} took longer than {timeout.TotalSeconds:0} s");
        }
        if (process.ExitCode != 0)
        {
            var message = errors.GetAwaiter().GetResult().Trim();
            throw new DocumentFailure(PdfStage, $"{program} failed (exit {process.ExitCode}): {FirstLine(message)}");
        }
        return output.ToArray();
    }

    private const string PdfStage = "extract";

    private static Process Start(string program, ProcessStartInfo start)
    {
        try
        {
            return Process.Start(start) ?? throw new DocumentFailure(PdfStage, $"{program} could not be started");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new DocumentFailure(PdfStage, OcrTools.MissingMessage);
        }
    }

    private static string FirstLine(string text) => text.Split('\n', 2)[0];
}
