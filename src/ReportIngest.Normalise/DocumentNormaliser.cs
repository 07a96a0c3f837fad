using ReportIngest.Core.Documents;
using ReportIngest.Core.Facts;
using ReportIngest.Core.Tables;
using ReportIngest.Normalise.Metadata;
using ReportIngest.Normalise.Narrative;
using ReportIngest.Normalise.Reference;
using ReportIngest.Normalise.Rows;

namespace ReportIngest.Normalise;

/// <summary>
/// The normalise stage: every classified table's rows become facts in the canonical schema (codes, names, measures,
/// amounts in 万元), and the document's metadata is read. A table it cannot map is reported, not guessed.
/// </summary>
public sealed class DocumentNormaliser(Catalogues catalogues)
{
    public const string Version = "normalise-1";

    public static DocumentNormaliser Default { get; } = new(Catalogues.Default);

    public NormalisedDocument Normalise(ClassifiedDocument classified)
    {
        var document = classified.Document;
        var metadata = new MetadataReader(catalogues.Divisions).Read(document);
        var defaultUnit = document.Tables.Select(t => t.Unit).Where(u => u is not null).GroupBy(u => u)
            .OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
        var tableNormaliser = new TableNormaliser(catalogues);
        var mappings = new List<TableMapping>();
        var facts = new List<Fact>();
        var warnings = new List<string>();
        foreach (var table in document.Tables)
        {
            var label = classified.LabelOf(table);
            var (mapping, tableFacts, tableWarnings) = tableNormaliser.Normalise(table, label, defaultUnit);
            mappings.Add(mapping);
            warnings.AddRange(tableWarnings);
            if (table.Unit is null && defaultUnit is null && tableFacts.Count > 0)
                warnings.Add($"table {table.Index} ({table.Title}): no unit is printed for it or anywhere in the report; its amounts were read as 万元");
            if (label.NeedsReview)
                warnings.Add($"table {table.Index} ({table.Title}): labelled {label.Type} at confidence {label.Confidence:0.00}, below the review threshold; check its type");
            if (LabelGuard.Contradiction(table, label, mapping) is { } contradiction)
            {
                warnings.Add($"table {table.Index} ({table.Title}): labelled {label.Type} but {contradiction}; no facts loaded from it");
                continue;
            }
            facts.AddRange(tableFacts);
        }
        return new NormalisedDocument(classified, metadata, mappings, facts, warnings)
        {
            Statements = NarrativeReader.Read(document, isFinal: metadata.Phase == ReportPhase.Final),
        };
    }
}
