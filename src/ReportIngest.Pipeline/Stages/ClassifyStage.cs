using ReportIngest.Core.Tables;
using StageNames = ReportIngest.Core.Artifacts.Stages;

namespace ReportIngest.Pipeline.Stages;

/// <summary>classify: a label and a confidence per table; the artifact holds the labels only.</summary>
public sealed class ClassifyStage(ITableClassifier classifier) : Stage<ReconstructedDocument, IReadOnlyList<TableLabel>, ClassifiedDocument>
{
    public override string Name => StageNames.Classify;

    public override string Version => classifier.Name + CodeIdentity.Of(classifier.GetType(), GetType());

    public override IReadOnlyList<TableLabel> Compute(ReconstructedDocument input, DocumentRun run)
    {
        var phase = PhaseHint.Of(input);
        return input.Tables.Select(t => classifier.Classify(t, new TableContext(t.Index, input.Tables.Count, phase))).ToList();
    }

    public override ClassifiedDocument Combine(ReconstructedDocument input, IReadOnlyList<TableLabel> artifact) => new(input, artifact);
}
