-- claimdesk desk schema, version 2: what server-side paging reads (store/pg_pages.py).
-- Trigram indexes make `/` search an index scan; pg_trgm is a trusted extension (the
-- database's owner may create it). Where it cannot be created the desk still works:
-- search then scans.
DO $$
BEGIN
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
EXCEPTION WHEN insufficient_privilege OR undefined_file THEN
    RAISE NOTICE 'pg_trgm not available: search scans instead of using an index';
END
$$;

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
        CREATE INDEX claims_text_trgm ON claims USING gin (text gin_trgm_ops);
        CREATE INDEX claims_speaker_trgm ON claims USING gin (speaker gin_trgm_ops);
    END IF;
END
$$;

CREATE INDEX claims_kind_ord ON claims (kind, ord);
