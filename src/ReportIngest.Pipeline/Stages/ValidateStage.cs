using ReportIngest.Core.Facts;
using ReportIngest.Validate;
using StageNames = ReportIngest.Core.Artifacts.Stages;

namespace ReportIngest.Pipeline.Stages;

/// <summary>validate: every arithmetic and cross-table check; the artifact holds the checks only.</summary>
/// <param name="validator">The default checks when null.</param>
public sealed class ValidateStage(DocumentValidator? validator = null) : Stage<NormalisedDocument, IReadOnlyList<CheckResult>, ValidatedDocument>
{
    public override string Name => StageNames.Validate;

    public override string Version => CodeIdentity.Of(typeof(DocumentValidator), GetType());

    public override IReadOnlyList<CheckResult> Compute(NormalisedDocument input, DocumentRun run) => (validator ?? DocumentValidator.Default).Validate(input).Checks;

    public override ValidatedDocument Combine(NormalisedDocument input, IReadOnlyList<CheckResult> artifact) => new(input, artifact);
}
