using System.Globalization;

namespace ReportIngest.Core.Documents;

/// <summary>
/// How long one document may take: a base allowance, extended by a fixed allowance for each page that has to be OCRed
/// once the extractor knows how many there are (a scan of 200 pages needs far longer than a printed report). The
/// extractor finds the limit of the document it reads as <see cref="Current"/>, set for the work started for it.
/// </summary>
public sealed class DocumentTimeLimit(TimeSpan allowance, TimeSpan perScannedPage)
{
    private static readonly AsyncLocal<DocumentTimeLimit?> Ambient = new();

    private int _scannedPages;
    private int _scannedPagesRead;

    /// <summary>The limit of the document whose work runs on this flow; null outside a timed run.</summary>
    public static DocumentTimeLimit? Current => Ambient.Value;

    /// <summary>Makes this the limit of the work that follows on this flow (and the tasks it starts).</summary>
    public void Enter() => Ambient.Value = this;

    public TimeSpan Allowance => allowance;

    public TimeSpan PerScannedPage => perScannedPage;

    public int ScannedPages => Volatile.Read(ref _scannedPages);

    public int ScannedPagesRead => Volatile.Read(ref _scannedPagesRead);

    /// <summary>The limit now: the allowance and the time for every page found to need OCR so far.</summary>
    public TimeSpan Total => allowance + perScannedPage * ScannedPages;

    /// <summary>The extractor found <paramref name="count"/> more pages to OCR: the limit grows by their allowance.</summary>
    public void AddScannedPages(int count) => Interlocked.Add(ref _scannedPages, count);

    /// <summary>One more page OCRed, for the message when the limit is hit.</summary>
    public void ScannedPageRead() => Interlocked.Increment(ref _scannedPagesRead);

    /// <summary>The limit in words, for the failure when a document takes longer.</summary>
    public string Describe()
    {
        var seconds = (TimeSpan t) => t.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
        if (ScannedPages == 0) return $"the {seconds(allowance)} s limit per document";
        return $"its {seconds(Total)} s limit ({seconds(allowance)} s per document + {seconds(perScannedPage)} s for each of its {ScannedPages} pages to OCR; "
               + $"OCR had read {ScannedPagesRead} of them)";
    }
}
