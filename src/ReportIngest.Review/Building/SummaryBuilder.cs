using System.Globalization;
using System.Text.Json;
using ReportIngest.Review.Data;
using ReportIngest.Review.Model;

namespace ReportIngest.Review.Building;

/// <summary>A document's line in the index, from its database row.</summary>
internal static class SummaryBuilder
{
    public static DocumentSummary Of(DocumentRecord d) => new(
        d.DocumentId,
        $"documents/{d.DocumentId}.html",
        d.Source,
        d.Status,
        d.Reason is null ? "" : $"{d.Reason} (stage {d.FailedStage})",
        d.Region ?? "",
        d.Department ?? "",
        d.FiscalYear?.ToString(CultureInfo.InvariantCulture) ?? "",
        d.Phase ?? "",
        d.Tables ?? 0,
        d.Facts ?? 0,
        d.ChecksFailed ?? 0,
        (d.TablesToReview ?? 0) + Warnings(d).Count);

    public static IReadOnlyList<string> Warnings(DocumentRecord d) =>
        string.IsNullOrEmpty(d.Warnings) ? [] : JsonSerializer.Deserialize<List<string>>(d.Warnings) ?? [];
}
