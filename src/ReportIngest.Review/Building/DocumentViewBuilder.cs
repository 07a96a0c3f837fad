using System.Globalization;
using ReportIngest.Core.Tables;
using ReportIngest.Review.Data;
using ReportIngest.Review.Model;
using ReportIngest.Review.Rendering;

namespace ReportIngest.Review.Building;

/// <summary>A document's review page from its database records, its reconstructed tables, page images and source text.</summary>
internal static class DocumentViewBuilder
{
    public static DocumentView Build(DocumentRecords records, ReconstructedDocument? reconstructed,
        IReadOnlyDictionary<int, PageImage> images, IReadOnlyList<string>? sourceLines, IReadOnlyList<string> notes)
    {
        var document = records.Document;
        var checks = new FailedChecks(records.Checks);
        var builder = new TableViewBuilder(checks, images, sourceLines);
        var factsByTable = records.Facts.ToLookup(f => f.TableId);
        var tables = records.Tables.Select(t => builder.Build(t, reconstructed?.Tables.FirstOrDefault(x => x.Index == t.TableId), factsByTable[t.TableId].ToList())).ToList();
        var allNotes = notes.ToList();
        if (reconstructed is null && document.Status == "loaded")
            allNotes.Add("the reconstruct artifact of this document was not found beside the database: tables are listed without their cells");
        var tableIds = records.Tables.Select(t => t.TableId).ToHashSet();
        return new DocumentView(SummaryBuilder.Of(document), document.Kind, document.Pages?.ToString(CultureInfo.InvariantCulture) ?? "",
            SummaryBuilder.Warnings(document), allNotes, tables)
        {
            DocumentChecks = checks.Views.Where(v => !tableIds.Contains(v.Table)).ToList(),
        };
    }

    /// <summary>The pages that hold a table (where the table's cells were printed).</summary>
    public static IEnumerable<int> PagesWithTables(ReconstructedDocument reconstructed) =>
        reconstructed.Tables.SelectMany(t => t.Pages).Distinct().Order();
}
