using ReportIngest.Core.Facts;
using ReportIngest.Validate.Checks;
using ReportIngest.Validate.Model;

namespace ReportIngest.Validate;

/// <summary>
/// The validate stage: runs every check over a normalised document and returns it with the results. Failed checks
/// flag the document; no fact is changed or dropped.
/// </summary>
public sealed class DocumentValidator
{
    public DocumentValidator(IReadOnlyList<ICheck> checks) => Checks = checks;

    /// <summary>All checks: hierarchy, row totals, total rows (one- and two-sided), cross-table totals, narrative figures, completeness.</summary>
    public static DocumentValidator Default { get; } = new(
    [
        new HierarchyCheck(),
        new RowTotalCheck(),
        new TotalRowCheck(),
        new TwoSidedTotalsCheck(),
        new SummaryTotalsCrossCheck(),
        new FunctionClassCrossCheck(),
        new NarrativeCheck(),
        new CompletenessCheck(),
    ]);

    public IReadOnlyList<ICheck> Checks { get; }

    public ValidatedDocument Validate(NormalisedDocument document)
    {
        var view = DocumentView.From(document);
        var results = Checks.SelectMany(c => c.Run(view)).ToList();
        return new ValidatedDocument(document, results);
    }
}
