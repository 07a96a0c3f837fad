-- Schema version 7: the versions of the stages a document was loaded with (each stage's code identity and what it read
-- besides its input), so a re-run that would load exactly the same thing again leaves the document as it is.
ALTER TABLE document ADD COLUMN stage_versions TEXT;
