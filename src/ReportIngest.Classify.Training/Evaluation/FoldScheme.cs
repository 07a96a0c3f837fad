using ReportIngest.Classify.Training.Dataset;

namespace ReportIngest.Classify.Training.Evaluation;

/// <summary>
/// How the real tables are split into held-out folds. <see cref="FoldOf"/> names a table's fold, or null for a table
/// that is never held out (synthetic tables; in <see cref="DocumentsIn"/>, the other regions' tables): those always train.
/// </summary>
public sealed record FoldScheme(string Name, string Description, Func<LabelledTable, string?> FoldOf)
{
    /// <summary>Each county or district is a fold: nothing of the held-out region's reports is in training.</summary>
    public static FoldScheme Regions { get; } = new("region", "leave-one-region-out",
        t => t.Origin == TableOrigin.Synthetic ? null : t.Region);

    /// <summary>Each document group of one region is a fold; the other regions always train.</summary>
    public static FoldScheme DocumentsIn(string region) => new("document", $"leave-one-document-out inside {region}",
        t => t.Origin != TableOrigin.Synthetic && t.Region == region ? t.Group : null);
}
