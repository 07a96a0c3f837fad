using Dapper;
using Microsoft.Data.Sqlite;
using ReportIngest.Load;

namespace ReportIngest.Review.Data;

/// <summary>Reads what the load stage wrote (documents, tables, facts with provenance, checks), read-only.</summary>
internal sealed class ReviewDatabase : IDisposable
{
    private readonly SqliteConnection connection;

    public ReviewDatabase(string path) => connection = Database.Open(path, readOnly: true);

    public IReadOnlyList<DocumentRecord> Documents() =>
        connection.Query<DocumentRecord>($"{DocumentColumns} ORDER BY source, document_id").ToList();

    public DocumentRecord? Document(string sha256) =>
        connection.QuerySingleOrDefault<DocumentRecord>($"{DocumentColumns} WHERE sha256 = @sha256", new { sha256 });

    public DocumentRecords Records(DocumentRecord document)
    {
        var id = new { id = document.DocumentId };
        var tables = connection.Query<TableRecord>("""
            SELECT table_id AS TableId, title AS Title, table_type AS TableType, type_confidence AS TypeConfidence,
                   classifier AS Classifier, needs_review AS NeedsReview, first_page AS FirstPage, last_page AS LastPage,
                   unit AS Unit, header_rows AS HeaderRows, column_measures AS ColumnMeasures, unmapped AS Unmapped
            FROM report_table WHERE document_id = @id ORDER BY table_id
            """, id).ToList();
        var facts = connection.Query<FactRecord>("""
            SELECT table_id AS TableId, row AS Row, col AS Col, page AS Page, line AS Line, classification AS Classification,
                   code AS Code, item_name AS ItemName, measure AS Measure, amount_wan AS AmountWan, printed_text AS PrintedText
            FROM fact WHERE document_id = @id ORDER BY fact_id
            """, id).ToList();
        var checks = connection.Query<CheckRecord>("""
            SELECT table_id AS TableId, other_table_id AS OtherTableId, kind AS Kind, description AS Description,
                   expected AS Expected, actual AS Actual, passed AS Passed, cells AS Cells
            FROM check_result WHERE document_id = @id ORDER BY passed, table_id, rowid
            """, id).ToList();
        return new DocumentRecords(document, tables, facts, checks);
    }

    /// <summary>Where the acquire stage stored the bytes of a document fetched from a manifest, if it did.</summary>
    public string? StoredPath(string sha256) =>
        connection.QueryFirstOrDefault<string?>("SELECT path FROM source WHERE sha256 = @sha256 AND path IS NOT NULL", new { sha256 });

    public void Dispose() => connection.Dispose();

    private const string DocumentColumns = """
        SELECT document_id AS DocumentId, sha256 AS Sha256, source AS Source, kind AS Kind, status AS Status, reason AS Reason,
               failed_stage AS FailedStage, region AS Region, region_code AS RegionCode, department AS Department,
               fiscal_year AS FiscalYear, phase AS Phase, pages AS Pages, tables AS Tables, facts AS Facts,
               checks_failed AS ChecksFailed, tables_to_review AS TablesToReview, warnings AS Warnings
        FROM document
        """;
}
