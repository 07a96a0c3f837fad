using ReportIngest.Core.Tables;
using StageNames = ReportIngest.Core.Artifacts.Stages;

namespace ReportIngest.Pipeline.Stages;

/// <summary>classify: a label and a confidence per table; the artifact holds the labels only.</summary>
public sealed class ClassifyStage(ITableClassifier classifier) : Stage<ReconstructedDocument, IReadOnlyList<TableLabel>, ClassifiedDocument>
{
    public override string Name => StageNames.Classify;

    public override string Version => classifier.Identity + CodeIdentity.Of(classifier.GetType(), GetType());

    public override IReadOnlyList<TableLabel> Compute(ReconstructedDocument input, DocumentRun run)
    {
        var phase = PhaseHint.Of(input);
        return input.Tables
            .Select((t, i) => classifier.Classify(t, new TableContext(t.Index, input.Tables.Count, phase, PreviousTitle(input.Tables, i))))
            .ToList();
    }

    private static string PreviousTitle(IReadOnlyList<Table> tables, int index) =>
        tables.Take(index).Select(t => t.Title).LastOrDefault(title => title.Trim().Length > 0) ?? "";

    public override ClassifiedDocument Combine(ReconstructedDocument input, IReadOnlyList<TableLabel> artifact) => new(input, artifact);
}
