-- claimdesk desk schema, version 3: one trigram index for `/` search (store/pg_pages.py).
-- The note in force is kept on the claim (as its status is since version 1; a verdict's
-- transaction updates both), so the search is one expression over one table -- the
-- claim's text, its speaker and its note -- served by one trigram index written exactly
-- as the page query writes it. It replaces version 2's two indexes (text, speaker): one
-- index to read per search, and one fewer to maintain per ingested claim.
ALTER TABLE claims ADD COLUMN note text NOT NULL DEFAULT '';
UPDATE claims c SET note = v.note FROM verdicts v WHERE v.claim_id = c.id AND v.note <> '';

-- a reviewer role may update a claim's status (docs/store.md, "Roles"): now its note too
DO $$
DECLARE
    who text;
BEGIN
    FOR who IN
        SELECT DISTINCT grantee FROM information_schema.column_privileges
        WHERE table_name = 'claims' AND column_name = 'status' AND privilege_type = 'UPDATE'
            AND grantee <> current_user
    LOOP
        EXECUTE format('GRANT UPDATE (note) ON claims TO %I', who);
    END LOOP;
END
$$;

DROP INDEX IF EXISTS claims_text_trgm;
DROP INDEX IF EXISTS claims_speaker_trgm;

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
        CREATE INDEX claims_search_trgm ON claims USING gin (
            (text || E'\n' || coalesce(speaker, '') || E'\n' || note) gin_trgm_ops
        );
    END IF;
END
$$;
