using ReportIngest.Extract.Pdf;
using ReportIngest.Pipeline;
using ReportIngest.Pipeline.Batch;

namespace ReportIngest.Tests.Support;

/// <summary>Runs the real ingest batch (what the ingest command runs) in-process over files into a database.</summary>
public static class Ingest
{
    /// <returns>The ingest command's exit code: 0 when every document loaded, 2 when some failed.</returns>
    public static int Run(string database, params string[] files) =>
        Run(database, files.Select(f => new IngestInput(f)).ToList()).All(o => o.Loaded) ? 0 : 2;

    /// <summary>As <c>ingest</c> (OCR on): pages without a text layer are read by Tesseract.</summary>
    public static int RunWithOcr(string database, params string[] files) =>
        Run(database, files.Select(f => new IngestInput(f)).ToList(), OcrSetup.Options(ocr: true, jobs: 2)).All(o => o.Loaded) ? 0 : 2;

    /// <summary>As <c>ingest --reload</c>: every document loaded again, even one the database holds unchanged.</summary>
    public static int Reload(string database, params string[] files) =>
        Run(database, files.Select(f => new IngestInput(f)).ToList(), reload: true).All(o => o.Loaded) ? 0 : 2;

    /// <summary>Without <paramref name="pdf"/> as <c>ingest --no-ocr</c>: a page without a text layer is not read.</summary>
    public static IReadOnlyList<DocumentOutcome> Run(string database, IReadOnlyList<IngestInput> inputs, PdfExtractorOptions? pdf = null, bool reload = false)
    {
        var options = BatchOptions.For(database) with
        {
            Parallelism = 2, DocumentTimeout = TimeSpan.FromSeconds(120), Pdf = pdf ?? PdfExtractorOptions.Default,
            Reload = reload,
        };
        return BatchRunner.Create(options, Classifiers.Default())
            .RunAsync(inputs, new Progress<DocumentOutcome>(), CancellationToken.None).GetAwaiter().GetResult();
    }
}
