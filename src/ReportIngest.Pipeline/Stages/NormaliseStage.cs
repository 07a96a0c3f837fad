using System.Text.Json;
using ReportIngest.Core.Artifacts;
using ReportIngest.Core.Facts;
using ReportIngest.Core.Tables;
using ReportIngest.Normalise;
using StageNames = ReportIngest.Core.Artifacts.Stages;

namespace ReportIngest.Pipeline.Stages;

/// <summary>
/// normalise: metadata, column → measure mappings and facts in 万元. A manifest's hints fill the metadata the report
/// does not print, so normalise.json and every stage after it see them.
/// </summary>
/// <param name="normaliser">The default one (national catalogues) when null, loaded when first needed.</param>
public sealed class NormaliseStage(DocumentNormaliser? normaliser = null) : Stage<ClassifiedDocument, NormalisedPart, NormalisedDocument>
{
    public override string Name => StageNames.Normalise;

    public override string Version => CodeIdentity.Of(typeof(DocumentNormaliser), GetType());

    public override string SideInputs(DocumentRun run) => run.Hints.IsEmpty ? "" : "hints " + JsonSerializer.Serialize(run.Hints, ArtifactJson.Options);

    public override NormalisedPart Compute(ClassifiedDocument input, DocumentRun run) =>
        NormalisedPart.Of(ManifestHints.Apply((normaliser ?? DocumentNormaliser.Default).Normalise(input), run.Hints));

    public override NormalisedDocument Combine(ClassifiedDocument input, NormalisedPart artifact) => artifact.With(input);
}
