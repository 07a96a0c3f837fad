using ReportIngest.Core.Documents;
using ReportIngest.Core.Tables;
using ReportIngest.Normalise.Metadata;

namespace ReportIngest.Pipeline.Stages;

/// <summary>The document's phase as the classifier's context, read from the text before normalisation.</summary>
internal static class PhaseHint
{
    public static ReportPhase? Of(ReconstructedDocument document) =>
        PhaseDetector.Detect(document.Text, document.Tables.Select(t => t.Title));
}
