using ReportIngest.Core.Documents;
using System.Globalization;
using ReportIngest.Core.Artifacts;
using ReportIngest.Core.Extraction;
using ReportIngest.Core.Facts;
using ReportIngest.Core.Tables;

using ReportIngest.Pipeline;

namespace ReportIngest.Cli.Printing;

/// <summary>Renders stage artifacts for a person: summaries, table grids with their header tree, facts and checks.</summary>
internal sealed class ArtifactView(ArtifactStore store, string sha256, TextWriter output)
{
    /// <summary>A stage's output as its type is best read; a type without a view of its own as its JSON artifact.</summary>
    public void Show(string stage, object stageOutput, int? table)
    {
        switch (stageOutput)
        {
            case ExtractedDocument extracted: Extracted(extracted); break;
            case ReconstructedDocument reconstructed: Tables(reconstructed, null, null, table); break;
            case ClassifiedDocument classified: Tables(classified.Document, classified, null, table); break;
            case NormalisedDocument normalised: Tables(normalised.Classified.Document, normalised.Classified, normalised, table); break;
            case ValidatedDocument validated: Checks(validated, table); break;
            default: output.WriteLine(store.ReadJson(sha256, stage)); break;
        }
    }

    public void Extracted(ExtractedDocument document)
    {
        output.WriteLine($"{document.Source}  ({document.Kind}, {document.PageCount?.ToString(CultureInfo.InvariantCulture) ?? "no"} pages)  {store.PathOf(sha256, Stages.Extract)}");
        var grids = document.Elements.OfType<Grid>().ToList();
        output.WriteLine($"{document.Elements.Count} elements: {document.Elements.Count - grids.Count} text lines, {grids.Count} grids ({string.Join(", ", grids.GroupBy(g => g.Kind).Select(g => $"{g.Count()} {g.Key}"))})");
        foreach (var element in document.Elements.Take(400))
        {
            var where = element.Page is { } p ? $"p{p}" : $"L{element.Line}";
            output.WriteLine(element switch
            {
                TextLine t => $"{where,-6} text  {t.Text}",
                Grid g => $"{where,-6} grid  {g.Kind} {g.RowCount}x{g.ColCount}: {string.Join(" | ", g.Cells.Where(c => c.Row == 0).Select(c => c.Text))}"
                          + (g.Detection is { } d ? $"\n{"",-6}       taken as a table: {d.Reason} (score {d.Score.ToString("0.000", CultureInfo.InvariantCulture)})" : ""),
                _ => where,
            });
        }
    }

    public void Tables(ReconstructedDocument document, ClassifiedDocument? classified, NormalisedDocument? normalised, int? only)
    {
        if (normalised is not null && only is null)
        {
            var m = normalised.Metadata;
            output.WriteLine($"{document.Source}: {m.Department} | {m.Region} ({m.RegionCode}) | {m.FiscalYear} | {m.Phase?.Name()} | {document.Tables.Count} tables, {normalised.Facts.Count} facts");
            foreach (var w in normalised.Warnings) output.WriteLine("warning: " + w);
        }
        var header = new[] { "#", "title", "type", "conf", "pages", "rows x cols", "header", "facts" };
        var rows = document.Tables.Where(t => only is null || t.Index == only).Select(t => new[]
        {
            t.Index.ToString(CultureInfo.InvariantCulture), t.Title,
            classified?.LabelOf(t).Type ?? "", classified is null ? "" : classified.LabelOf(t).Confidence.ToString("0.00", CultureInfo.InvariantCulture),
            t.Pages.Count == 0 ? "" : $"{t.Pages[0]}-{t.Pages[^1]}", $"{t.RowCount}x{t.ColCount}", t.HeaderRowCount.ToString(CultureInfo.InvariantCulture),
            normalised?.Facts.Count(f => f.TableIndex == t.Index).ToString(CultureInfo.InvariantCulture) ?? "",
        }).ToList();
        TableWriter.WriteAligned(output, header, rows);
        if (only is { } index && index < document.Tables.Count)
            Grid(document.Tables[index], normalised);
    }

    private void Grid(Table table, NormalisedDocument? normalised)
    {
        output.WriteLine();
        output.WriteLine($"unit: {table.Unit ?? "(none printed)"}   context: {string.Join(" / ", table.Context)}");
        output.WriteLine("header tree (column: path → measure):");
        var mapping = normalised?.Mappings[table.Index];
        foreach (var column in table.Columns)
        {
            var measure = mapping is null ? "" : mapping.ColumnMeasures[column.Col] ?? "";
            output.WriteLine($"  {column.Col,2}: {string.Join(" > ", column.Path)}{(measure.Length > 0 ? "  →  " + measure : "")}");
        }
        var grid = Enumerable.Range(0, table.RowCount).Select(r => Enumerable.Range(0, table.ColCount).Select(c =>
            table.Cells.FirstOrDefault(x => x.Row == r && x.Col == c)?.Text ?? "").ToArray()).ToList();
        var codes = normalised?.Facts.Where(f => f.TableIndex == table.Index).GroupBy(f => f.Row)
            .ToDictionary(g => g.Key, g => (g.First().Code, g.First().ItemName)) ?? [];
        var withCodes = grid.Select((row, r) => (string[])[r < table.HeaderRowCount ? "H" : r.ToString(CultureInfo.InvariantCulture),
            .. row, codes.TryGetValue(r, out var c) ? $"{c.Code} {c.ItemName}" : ""]).ToList();
        output.WriteLine();
        TableWriter.WriteAligned(output, ["row", .. Enumerable.Range(0, table.ColCount).Select(c => c.ToString(CultureInfo.InvariantCulture)), "code / item"], withCodes);
    }

    public void Checks(ValidatedDocument validated, int? only)
    {
        var checks = validated.Checks.Where(c => only is null || c.TableIndex == only || c.OtherTableIndex == only).ToList();
        output.WriteLine($"{checks.Count} checks, {checks.Count(c => !c.Passed)} failed");
        var rows = checks.OrderBy(c => c.Passed).ThenBy(c => c.TableIndex).Select(c => new[]
        {
            c.Passed ? "ok" : "FAILED", c.Kind, c.TableIndex.ToString(CultureInfo.InvariantCulture) + (c.OtherTableIndex is { } o ? $"/{o}" : ""),
            c.Description, c.Expected.ToString(CultureInfo.InvariantCulture), c.Actual.ToString(CultureInfo.InvariantCulture), string.Join(" ", c.Cells.Take(6)),
        }).ToList();
        TableWriter.WriteAligned(output, ["", "kind", "table", "what", "expected", "actual", "cells"], rows);
    }
}
