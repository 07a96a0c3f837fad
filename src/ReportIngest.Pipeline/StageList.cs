using ReportIngest.Classify;
using ReportIngest.Core.Tables;
using ReportIngest.Extract.Pdf;
using ReportIngest.Extract.Text;
using ReportIngest.Pipeline.Stages;

namespace ReportIngest.Pipeline;

/// <summary>The pipeline's stages in order. A new stage is one class and one line here.</summary>
public static class StageList
{
    /// <param name="classifier">The table classifier; the rule classifier when none is given.</param>
    /// <param name="pdf">How PDFs are read: with a scanned-page reader (OCR) or without.</param>
    public static IReadOnlyList<IStage> Default(ITableClassifier? classifier = null, PdfExtractorOptions? pdf = null) =>
    [
        new ExtractStage([new TextExtractor(), new PdfExtractor(pdf ?? PdfExtractorOptions.Default)],
            pdf?.ScannedPages is { } ocr ? "+ocr" + CodeIdentity.Of(ocr.GetType()) : "+no-ocr"),
        new ReconstructStage(),
        new ClassifyStage(classifier ?? new RuleTableClassifier()),
        new NormaliseStage(),
        new ValidateStage(),
        new LoadStage(),
    ];
}
