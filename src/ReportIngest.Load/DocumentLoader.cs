using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Dapper;
using Microsoft.Data.Sqlite;
using ReportIngest.Core.Documents;
using ReportIngest.Core.Facts;

namespace ReportIngest.Load;

/// <summary>
/// The load stage: writes one document (its row, tables, facts and checks) in one transaction, replacing whatever
/// the database held for the same sha256, so re-loading is idempotent and a half-written document never exists.
/// </summary>
public sealed class DocumentLoader(SqliteConnection connection, string pipelineVersion)
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>Tables whose type confidence is below this are marked for review (still loaded with their best label).</summary>
    public double ReviewThreshold { get; init; } = 0.6;

    /// <summary>An amount OCR read with a confidence below this is counted as low-confidence (v_document.low_confidence_amounts).</summary>
    public double LowConfidenceThreshold { get; init; } = OcrConfidence.LowThreshold;

    private static readonly string[] FactColumns =
    [
        "document_id", "table_id", "row", "col", "page", "line", "classification", "code", "item_name", "measure", "amount_wan",
        "printed_text", "printed_item", "line_role", "is_leaf", "amount_fen", "ocr_confidence",
    ];

    /// <param name="stageVersions">The versions of the stages that made <paramref name="validated"/>, kept so that
    /// <see cref="FindUnchanged"/> can tell a re-run with the same code and inputs; null never matches.</param>
    public void Load(SourceDocument source, ValidatedDocument validated, string? stageVersions = null)
    {
        var normalised = validated.Normalised;
        var document = normalised.Classified.Document;
        var meta = normalised.Metadata;
        using var tx = connection.BeginTransaction();
        Delete(source, tx);
        var toReview = normalised.Classified.Labels.Count(l => l.Confidence < ReviewThreshold);
        var attention = DocumentAttention.Of(validated, toReview);
        var confidence = OcrConfidence.OfFacts(document, normalised.Facts);
        connection.Execute("""
            INSERT INTO document (document_id, sha256, source, kind, status, reason, failed_stage, region, region_code, department,
                fiscal_year, phase, pages, tables, facts, checks_failed, tables_to_review, warnings, pipeline_version, loaded_at,
                scope, file_modified, attention, low_confidence_amounts, stage_versions)
            VALUES (@DocumentId, @Sha256, @Source, @Kind, 'loaded', NULL, NULL, @Region, @RegionCode, @Department,
                @FiscalYear, @Phase, @Pages, @Tables, @Facts, @ChecksFailed, @ToReview, @Warnings, @Version, @At,
                @Scope, @Modified, @Attention, @LowConfidence, @StageVersions)
            """, new
        {
            Scope = ReportScope.Detect(document.Text), Modified = Modified(source), Attention = attention,
            source.DocumentId, source.Sha256, source.Source, Kind = source.Kind.ToString().ToLowerInvariant(),
            meta.Region, meta.RegionCode, meta.Department, meta.FiscalYear, Phase = meta.Phase?.Name(),
            Pages = document.PageCount, Tables = document.Tables.Count, Facts = normalised.Facts.Count,
            ChecksFailed = validated.FailedChecks, ToReview = toReview,
            Warnings = JsonSerializer.Serialize(normalised.Warnings, Json), Version = pipelineVersion, At = Now(),
            LowConfidence = confidence.Count(c => c < LowConfidenceThreshold), StageVersions = stageVersions,
        }, tx);

        connection.Execute("""
            INSERT INTO report_table (document_id, table_id, title, table_type, type_confidence, classifier, needs_review,
                first_page, last_page, unit, n_rows, n_cols, header_rows, column_measures, unmapped)
            VALUES (@DocumentId, @TableId, @Title, @Type, @Confidence, @Classifier, @NeedsReview, @FirstPage, @LastPage,
                @Unit, @Rows, @Cols, @HeaderRows, @Measures, @Unmapped)
            """, document.Tables.Select(t =>
        {
            var label = normalised.Classified.LabelOf(t);
            var mapping = normalised.Mappings[t.Index];
            return new
            {
                source.DocumentId, TableId = t.Index, t.Title, label.Type, label.Confidence, label.Classifier,
                NeedsReview = label.Confidence < ReviewThreshold ? 1 : 0,
                FirstPage = t.Pages.Count > 0 ? t.Pages[0] : (int?)null, LastPage = t.Pages.Count > 0 ? t.Pages[^1] : (int?)null,
                Unit = mapping.Unit, Rows = t.RowCount, Cols = t.ColCount, HeaderRows = t.HeaderRowCount,
                Measures = JsonSerializer.Serialize(mapping.ColumnMeasures, Json), Unmapped = JsonSerializer.Serialize(mapping.Unmapped, Json),
            };
        }), tx);

        var roles = LineRoles.Of(normalised.Facts);
        using (var insertFact = new PreparedInsert(connection, tx, "fact", FactColumns))
        {
            for (var i = 0; i < normalised.Facts.Count; i++)
            {
                var f = normalised.Facts[i];
                var role = roles[f];
                insertFact.Run(source.DocumentId, f.TableIndex, f.Row, f.Col, f.Page, f.Line, f.Classification, f.Code, f.ItemName,
                    f.Measure, DecimalText.Of(f.AmountWan), f.PrintedText, f.PrintedItem, role.Role, role.IsLeaf ? 1 : 0,
                    Fen.Of(f.AmountWan), confidence[i]);
            }
        }

        connection.Execute("""
            INSERT INTO check_result (document_id, table_id, other_table_id, kind, description, expected, actual, passed, warning, cells)
            VALUES (@DocumentId, @TableIndex, @OtherTableIndex, @Kind, @Description, @Expected, @Actual, @Passed, @Warning, @Cells)
            """, validated.Checks.Select(c => new
        {
            source.DocumentId, c.TableIndex, c.OtherTableIndex, c.Kind, c.Description,
            Expected = DecimalText.Of(c.Expected), Actual = DecimalText.Of(c.Actual), Passed = c.Passed ? 1 : 0,
            Warning = c.Warning ? 1 : 0, Cells = JsonSerializer.Serialize(c.Cells, Json),
        }), tx);
        StatementRows.Insert(connection, source.DocumentId, normalised.Statements, tx);
        tx.Commit();
    }

    /// <summary>
    /// The document as loaded earlier from the same file (same bytes, same source name) by stages of the same versions:
    /// loading it again would write exactly what is there. Null when it was not, or failed, or the stages differ.
    /// </summary>
    public LoadedDocument? FindUnchanged(SourceDocument source, string stageVersions)
    {
        var row = connection.QuerySingleOrDefault<(long Pages, long Tables, long Facts, long ChecksFailed, long ToReview, string? Warnings, string? Attention)>("""
            SELECT coalesce(pages, 0), coalesce(tables, 0), coalesce(facts, 0), coalesce(checks_failed, 0), coalesce(tables_to_review, 0),
                   warnings, attention
            FROM document
            WHERE sha256 = @Sha256 AND status = 'loaded' AND source = @Source AND stage_versions = @StageVersions
              AND file_modified IS @Modified
            """, new { source.Sha256, source.Source, StageVersions = stageVersions, Modified = Modified(source) });
        if (row == default) return null;
        var warnings = row.Warnings is null ? [] : JsonSerializer.Deserialize<List<string>>(row.Warnings) ?? [];
        return new LoadedDocument((int)row.Pages, (int)row.Tables, (int)row.Facts, (int)row.ChecksFailed, (int)row.ToReview, warnings, row.Attention);
    }

    private static string? Modified(SourceDocument source) =>
        source.Path.Length > 0 && File.Exists(source.Path) ? File.GetLastWriteTimeUtc(source.Path).ToString("O") : null;

    /// <summary>Records a document that failed at some stage: one v_document row with its reason, nothing else.</summary>
    public void RecordFailure(SourceDocument source, string stage, string reason)
    {
        using var tx = connection.BeginTransaction();
        Delete(source, tx);
        connection.Execute("""
            INSERT INTO document (document_id, sha256, source, kind, status, reason, failed_stage, pipeline_version, loaded_at)
            VALUES (@DocumentId, @Sha256, @Source, @Kind, 'failed', @Reason, @Stage, @Version, @At)
            """, new { source.DocumentId, source.Sha256, source.Source, Kind = source.Kind.ToString().ToLowerInvariant(), Reason = reason, Stage = stage, Version = pipelineVersion, At = Now() }, tx);
        tx.Commit();
    }

    private void Delete(SourceDocument source, SqliteTransaction tx)
    {
        foreach (var table in new[] { "statement", "check_result", "fact", "report_table", "document" })
            connection.Execute($"DELETE FROM {table} WHERE document_id = @DocumentId", new { source.DocumentId }, tx);
    }

    private static string Now() => DateTimeOffset.UtcNow.ToString("O");
}
