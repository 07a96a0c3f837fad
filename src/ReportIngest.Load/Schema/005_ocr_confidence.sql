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
       f.ocr_confidence
FROM fact f
JOIN document d ON d.document_id = f.document_id AND d.status = 'loaded'
JOIN report_table t ON t.document_id = f.document_id AND t.table_id = f.table_id;

DROP VIEW IF EXISTS v_document;
CREATE VIEW v_document AS
SELECT document_id, source, sha256, status, reason, region, region_code, department, fiscal_year, phase,
       pages, tables, low_confidence_amounts
FROM document;
