namespace ReportIngest.Extract.Pdf.Scanned;

/// <summary>
/// Reads a page that has no text layer (a scan) into positioned words and ruling lines, which then go through the
/// same table detection as a born-digital page. Implemented outside this project (OCR), passed in by the host.
/// </summary>
public interface IScannedPageReader
{
    /// <summary>Scanned pages read at once.</summary>
    int MaxParallelPages { get; }

    /// <summary>Throws a <c>DocumentFailure</c> naming what to install when the reader's tools are missing.</summary>
    void EnsureAvailable();

    ScannedPage Read(string pdfPath, int pageNumber, CancellationToken cancellationToken);

    /// <summary>
    /// Once every scanned page is read and analysed: settles what their grids read (the reader's competing readings of
    /// a cell, by the tables' own sums), replacing grids in <paramref name="pages"/> in place.
    /// </summary>
    void Settle(List<ReportIngest.Core.Extraction.PageElement>[] pages, IReadOnlyList<int> scannedPageIndexes) { }
}
