using ReportIngest.Core.Documents;
using ReportIngest.Pipeline;
using ReportIngest.Pipeline.Batch;
using ReportIngest.Tests.Support;

namespace ReportIngest.Tests.Extract.Ocr;

/// <summary>
/// A document's time limit grows by an allowance for each page it has to OCR (a long scan needs far longer than the
/// limit for printed reports), and the failure when it is hit says so. On a real scanned page (002-scanned-p7.pdf).
/// </summary>
public class OcrTimeLimitTests
{
    private static readonly string ScannedPage = Path.Combine(RepoPaths.Fixtures, "002-scanned-p7.pdf");

    [Fact]
    public void A_page_to_OCR_extends_the_documents_limit_and_a_limit_hit_names_the_pages()
    {
        using var temp = new TempDirectory();

        // One second is far less than one page's OCR: without an allowance per page the document fails, and says why.
        var failed = Run(temp.File("short.db"), perScannedPage: TimeSpan.Zero);
        Assert.False(failed.Loaded);
        Assert.Equal("extract", failed.FailedStage);
        Assert.Contains("1 s per document + 0 s for each of its 1 pages to OCR", failed.Reason);

        // The same one second per document, with time for each page OCR reads: the page loads.
        var loaded = Run(temp.File("long.db"), perScannedPage: TimeSpan.FromMinutes(5));
        Assert.True(loaded.Loaded, loaded.Reason);
        Assert.True(loaded.Facts > 0);
    }

    [Fact]
    public void The_limit_is_the_allowance_plus_the_time_of_every_page_found_to_need_OCR()
    {
        var limit = new DocumentTimeLimit(TimeSpan.FromSeconds(300), TimeSpan.FromSeconds(60));
        Assert.Equal(TimeSpan.FromSeconds(300), limit.Total);
        Assert.Equal("the 300 s limit per document", limit.Describe());

        limit.AddScannedPages(30);
        limit.ScannedPageRead();
        Assert.Equal(TimeSpan.FromSeconds(300 + 30 * 60), limit.Total);
        Assert.Equal("its 2100 s limit (300 s per document + 60 s for each of its 30 pages to OCR; OCR had read 1 of them)", limit.Describe());
    }

    private static DocumentOutcome Run(string database, TimeSpan perScannedPage)
    {
        var options = BatchOptions.For(database) with
        {
            Parallelism = 1,
            DocumentTimeout = TimeSpan.FromSeconds(1),
            OcrPageTimeout = perScannedPage,
            Pdf = OcrSetup.Options(ocr: true, jobs: 1),
        };
        var outcomes = BatchRunner.Create(options, Classifiers.Default())
            .RunAsync([new IngestInput(ScannedPage)], new Progress<DocumentOutcome>(), CancellationToken.None).GetAwaiter().GetResult();
        return Assert.Single(outcomes);
    }
}
