-- Schema version 5: OCR confidence. A fact read by OCR keeps how sure OCR was of its cell (0..1; NULL where the
-- amount was printed as text), and a document counts its amounts OCR read with low confidence. v_fact and
-- v_document keep their columns; the new ones come last.

ALTER TABLE fact ADD COLUMN ocr_confidence REAL;
ALTER TABLE document ADD COLUMN low_confidence_amounts INTEGER;

DROP VIEW IF EXISTS v_fact;
CREATE VIEW v_fact AS
SELECT f.document_id, d.region, d.department, d.fiscal_year, d.phase,
       f.table_id, t.table_type, f.classification, f.code, f.item_name, f.measure,
       CAST(f.amount_wan AS NUMERIC) AS amount_wan,
       f.line_role, f.is_leaf, f.amount_fen, f.row,
       f.ocr_confidence
FROM fact f
JOIN document d ON d.document_id = f.document_id AND d.status = 'loaded'
JOIN report_table t ON t.document_id = f.document_id AND t.table_id = f.table_id;

DROP VIEW IF EXISTS v_document;
-- As in 002 (report identity, duplicate_of), with the count of amounts OCR read with low confidence last.
CREATE VIEW v_document AS
WITH ranked AS (
    SELECT d.*,
           CASE WHEN d.status = 'loaded' AND d.region_code IS NOT NULL AND d.department IS NOT NULL
                     AND d.fiscal_year IS NOT NULL AND d.phase IS NOT NULL
                THEN FIRST_VALUE(d.document_id) OVER (
                    PARTITION BY d.status, d.region_code, d.department, d.fiscal_year, d.phase, COALESCE(d.scope, '')
                    ORDER BY d.kind = 'pdf' DESC, d.file_modified DESC, d.loaded_at DESC, d.document_id)
           END AS preferred
    FROM document d
)
SELECT document_id, source, sha256, status, reason, region, region_code, department, fiscal_year, phase,
       pages, tables,
       kind, scope, CASE WHEN preferred <> document_id THEN preferred END AS duplicate_of,
       facts, checks_failed, attention, low_confidence_amounts
FROM ranked;
