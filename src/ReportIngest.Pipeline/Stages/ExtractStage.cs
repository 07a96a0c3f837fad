using ReportIngest.Core.Documents;
using ReportIngest.Core.Extraction;
using StageNames = ReportIngest.Core.Artifacts.Stages;

namespace ReportIngest.Pipeline.Stages;

/// <summary>extract: the file's text lines and grids in reading order, by the first extractor that reads its kind.</summary>
/// <param name="scans">How scanned pages are read ("+no-ocr", or "+ocr" and the OCR code's identity): a mixed PDF read
/// without OCR keeps only its printed pages, so its artifact must not stand in for one read with OCR.</param>
public sealed class ExtractStage(IReadOnlyList<IDocumentExtractor> extractors, string scans = "") : DocumentStage<SourceDocument, ExtractedDocument>
{
    public override string Name => StageNames.Extract;

    public override string Version => CodeIdentity.Of([.. extractors.Select(e => e.GetType()), GetType()]) + scans;

    public override ExtractedDocument Compute(SourceDocument input, DocumentRun run)
    {
        var extractor = extractors.FirstOrDefault(e => e.CanRead(input))
            ?? throw new DocumentFailure(Name, $"no reader for {input.Kind} input");
        return extractor.Extract(input, run.Cancellation);
    }
}
