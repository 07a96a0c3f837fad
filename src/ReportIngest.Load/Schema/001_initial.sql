-- ReportIngest database, schema version 1. SCHEMA.md (the analysts' contract) fixes the views v_fact,
-- v_document, v_table and v_source; the tables behind them are ours and may grow.

CREATE TABLE IF NOT EXISTS document (
    document_id      TEXT PRIMARY KEY,          -- first 16 hex digits of sha256
    sha256           TEXT NOT NULL UNIQUE,
    source           TEXT NOT NULL,             -- file name or URL as given
    kind             TEXT NOT NULL,             -- 'text' | 'pdf'
    status           TEXT NOT NULL CHECK (status IN ('loaded', 'failed')),
    reason           TEXT,                      -- why it failed; NULL when loaded
    failed_stage     TEXT,
    region           TEXT,
    region_code      TEXT,
    department       TEXT,
    fiscal_year      INTEGER,
    phase            TEXT CHECK (phase IS NULL OR phase IN ('budget', 'final')),
    pages            INTEGER,
    tables           INTEGER,
    facts            INTEGER,
    checks_failed    INTEGER,
    tables_to_review INTEGER,
    warnings         TEXT,                      -- JSON array of normalisation warnings
    pipeline_version TEXT NOT NULL,
    loaded_at        TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS report_table (
    document_id     TEXT NOT NULL REFERENCES document(document_id) ON DELETE CASCADE,
    table_id        INTEGER NOT NULL,           -- 0-based position in the document
    title           TEXT NOT NULL,
    table_type      TEXT NOT NULL,
    type_confidence REAL NOT NULL,
    classifier      TEXT NOT NULL,
    needs_review    INTEGER NOT NULL DEFAULT 0,
    first_page      INTEGER,
    last_page       INTEGER,
    unit            TEXT,
    n_rows          INTEGER NOT NULL,
    n_cols          INTEGER NOT NULL,
    header_rows     INTEGER NOT NULL,
    column_measures TEXT,                       -- JSON array: the measure key of each column, null where none
    unmapped        TEXT,                       -- JSON array of header labels no measure was found for
    PRIMARY KEY (document_id, table_id)
);

CREATE TABLE IF NOT EXISTS fact (
    fact_id        INTEGER PRIMARY KEY,
    document_id    TEXT NOT NULL REFERENCES document(document_id) ON DELETE CASCADE,
    table_id       INTEGER NOT NULL,
    row            INTEGER NOT NULL,
    col            INTEGER NOT NULL,
    page           INTEGER,
    line           INTEGER,
    classification TEXT NOT NULL,
    code           TEXT NOT NULL,
    item_name      TEXT NOT NULL,
    measure        TEXT NOT NULL,
    amount_wan     TEXT NOT NULL,               -- exact decimal as text: the source of truth
    printed_text   TEXT NOT NULL,
    printed_item   TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS fact_by_document ON fact(document_id, table_id);
CREATE INDEX IF NOT EXISTS fact_by_code ON fact(classification, code);

CREATE TABLE IF NOT EXISTS check_result (
    document_id    TEXT NOT NULL REFERENCES document(document_id) ON DELETE CASCADE,
    table_id       INTEGER NOT NULL,
    other_table_id INTEGER,
    kind           TEXT NOT NULL,
    description    TEXT NOT NULL,
    expected       TEXT NOT NULL,
    actual         TEXT NOT NULL,
    passed         INTEGER NOT NULL,
    cells          TEXT NOT NULL                -- JSON array of "r{row}c{col}"
);
CREATE INDEX IF NOT EXISTS check_by_document ON check_result(document_id);

CREATE TABLE IF NOT EXISTS source (
    url        TEXT PRIMARY KEY,
    status     TEXT NOT NULL CHECK (status IN ('stored', 'failed')),
    reason     TEXT,
    attempts   INTEGER NOT NULL,
    sha256     TEXT,
    bytes      INTEGER,
    fetched_at TEXT NOT NULL,
    path       TEXT,                            -- where the bytes are in the content-addressed store
    hints      TEXT                             -- JSON of the manifest's region/department/fiscal_year/phase
);

CREATE VIEW IF NOT EXISTS v_document AS
SELECT document_id, source, sha256, status, reason, region, region_code, department, fiscal_year, phase,
       pages, tables
FROM document;

CREATE VIEW IF NOT EXISTS v_table AS
SELECT t.document_id, t.table_id, t.title, t.table_type, t.type_confidence, t.first_page, t.last_page, t.unit,
       t.n_rows, t.n_cols
FROM report_table t JOIN document d ON d.document_id = t.document_id AND d.status = 'loaded';

-- amount_wan is exposed as a number so analysts can compare and sum it; fact.amount_wan keeps the exact text.
CREATE VIEW IF NOT EXISTS v_fact AS
SELECT f.document_id, d.region, d.department, d.fiscal_year, d.phase,
       f.table_id, t.table_type, f.classification, f.code, f.item_name, f.measure,
       CAST(f.amount_wan AS NUMERIC) AS amount_wan
FROM fact f
JOIN document d ON d.document_id = f.document_id AND d.status = 'loaded'
JOIN report_table t ON t.document_id = f.document_id AND t.table_id = f.table_id;

CREATE VIEW IF NOT EXISTS v_source AS
SELECT url, status, reason, attempts, sha256, bytes, fetched_at FROM source;
