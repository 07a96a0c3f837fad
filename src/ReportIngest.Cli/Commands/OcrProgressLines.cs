using System.Diagnostics;
using ReportIngest.Extract.Pdf.Scanned;

namespace ReportIngest.Cli.Commands;

/// <summary>OCR progress on stderr, one line per document every few seconds and when it is done: OCR runs take minutes.</summary>
internal sealed class OcrProgressLines(TextWriter output) : IProgress<ScanProgress>
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Stopwatch> _lastLine = new();

    public void Report(ScanProgress value)
    {
        lock (_gate)
        {
            var finished = value.Done == value.Total;
            if (_lastLine.TryGetValue(value.Source, out var clock) && clock.Elapsed < Interval && !finished) return;
            _lastLine[value.Source] = Stopwatch.StartNew();
            output.WriteLine($"  OCR {Path.GetFileName(value.Source)}: {value.Done}/{value.Total} scanned pages read");
        }
    }
}
