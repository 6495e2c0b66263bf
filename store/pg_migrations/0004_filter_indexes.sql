-- claimdesk desk schema, version 4: indexes for the dashboard's source and reviewer
-- filters (store/pg_pages.py), so neither reads every claim at a million.
-- The source filter asks `lower(c.speaker) = ANY(names)` in ord: an index on the same
-- expression, then ord, serves one name as an ordered walk (count and keyset pages) and
-- several names (one merged person) as a bitmap of their few claims.
CREATE INDEX IF NOT EXISTS claims_speaker_lower_ord ON claims (lower(speaker), ord);
-- The reviewer filter asks the verdicts whose reviewer or note writer is one name: one
-- index on each column (a bitmap OR of the two), never every verdict read.
CREATE INDEX IF NOT EXISTS verdicts_reviewer ON verdicts (reviewer);
CREATE INDEX IF NOT EXISTS verdicts_note_by ON verdicts (note_by);
