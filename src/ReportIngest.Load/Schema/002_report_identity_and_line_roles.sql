-- ReportIngest database, schema version 2 (issue 13): a report's identity and its duplicates, the role of each
-- fact's line and an exact integer amount, and a flag for a loaded document that needs a look. Views keep their
-- columns and order and only add new ones at the end.

ALTER TABLE document ADD COLUMN scope TEXT CHECK (scope IS NULL OR scope IN ('department', 'unit')); -- 部门 or 单位 report
ALTER TABLE document ADD COLUMN file_modified TEXT;  -- the input file's last write time (UTC): the newer copy is preferred
ALTER TABLE document ADD COLUMN attention TEXT;      -- why a loaded document needs a look (no facts, failed checks); NULL when clean

ALTER TABLE fact ADD COLUMN line_role TEXT;          -- total | subtotal | class | item | sub-item | line
ALTER TABLE fact ADD COLUMN is_leaf INTEGER;         -- 1: not the sum of other lines of its table and measure
ALTER TABLE fact ADD COLUMN amount_fen INTEGER;      -- amount_wan × 1,000,000: exact integer 分, for exact sums

UPDATE fact SET amount_fen = CAST(ROUND(CAST(amount_wan AS REAL) * 1000000) AS INTEGER);

DROP VIEW IF EXISTS v_document;
-- duplicate_of: another loaded document that is the same report (region code, department, year, phase, scope),
-- the preferred copy being the PDF over text, then the newer file; NULL on the preferred copy itself.
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
       facts, checks_failed, attention
FROM ranked;

DROP VIEW IF EXISTS v_fact;
CREATE VIEW v_fact AS
SELECT f.document_id, d.region, d.department, d.fiscal_year, d.phase,
       f.table_id, t.table_type, f.classification, f.code, f.item_name, f.measure,
       CAST(f.amount_wan AS NUMERIC) AS amount_wan,
       f.line_role, f.is_leaf, f.amount_fen, f.row
FROM fact f
JOIN document d ON d.document_id = f.document_id AND d.status = 'loaded'
JOIN report_table t ON t.document_id = f.document_id AND t.table_id = f.table_id;

-- Every report once: v_fact without the facts of a document that duplicates another (text beside its PDF).
CREATE VIEW v_report_fact AS
SELECT v.* FROM v_fact v
WHERE v.document_id IN (SELECT document_id FROM v_document WHERE status = 'loaded' AND duplicate_of IS NULL);
