-- Schema version 4: the key figures the running text states (narrative statements) and warnings among checks.
-- Statements restate table facts; they are kept apart from fact so that v_fact holds only table amounts.

CREATE TABLE IF NOT EXISTS statement (
    document_id    TEXT NOT NULL REFERENCES document(document_id) ON DELETE CASCADE,
    statement_id   INTEGER NOT NULL,           -- 0-based position in the document's running text
    subject        TEXT NOT NULL,              -- lexicon key: 'income_total', 'three_public_total', ...
    phrase         TEXT NOT NULL,              -- the words that named it, as printed
    printed_amount TEXT NOT NULL,              -- as printed: '1,212.12'
    printed_unit   TEXT NOT NULL,              -- '元' | '万元' | '亿元'
    amount_wan     TEXT NOT NULL,              -- exact decimal as text
    page           INTEGER,
    line           INTEGER,
    sentence       TEXT NOT NULL,              -- the sentence, spaces removed and full-width forms folded
    PRIMARY KEY (document_id, statement_id)
);

-- A passed check that still wants a reader's attention (a table most templates print is missing).
ALTER TABLE check_result ADD COLUMN warning INTEGER NOT NULL DEFAULT 0;

CREATE VIEW IF NOT EXISTS v_statement AS
SELECT s.document_id, d.region, d.department, d.fiscal_year, d.phase,
       s.statement_id, s.subject, s.phrase, s.printed_amount, s.printed_unit,
       CAST(s.amount_wan AS NUMERIC) AS amount_wan, s.page, s.line, s.sentence
FROM statement s
JOIN document d ON d.document_id = s.document_id AND d.status = 'loaded';
