using ReportIngest.Core.Documents;
using ReportIngest.Core.Extraction;

namespace ReportIngest.Extract.Pdf.Scanned;

/// <summary>Reads a document's scanned pages with the reader, several at once, and analyses each like a printed page.</summary>
internal static class ScannedPageReading
{
    public static void Read(IScannedPageReader reader, SourceDocument document, IReadOnlyList<int> pageIndexes,
        List<PageElement>[] pages, IProgress<ScanProgress>? progress, CancellationToken cancellationToken)
    {
        reader.EnsureAvailable();
        var limit = DocumentTimeLimit.Current;
        limit?.AddScannedPages(pageIndexes.Count);
        var done = 0;
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, reader.MaxParallelPages), CancellationToken = cancellationToken };
        try
        {
            Parallel.ForEach(pageIndexes, options, index =>
            {
                var scanned = reader.Read(document.Path, index + 1, cancellationToken);
                pages[index] = PdfPageAnalyzer.Analyze(scanned, index + 1);
                limit?.ScannedPageRead();
                progress?.Report(new ScanProgress(document.Source, Interlocked.Increment(ref done), pageIndexes.Count));
            });
            reader.Settle(pages, pageIndexes);
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            var first = e.InnerExceptions.FirstOrDefault(x => x is DocumentFailure) ?? e.InnerExceptions[0];
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(first).Throw();
            throw;
        }
    }
}
