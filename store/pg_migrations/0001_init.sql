-- claimdesk desk schema, version 1. Applied by claimdesk itself, in one transaction.
CREATE TABLE desk_meta (
    key text PRIMARY KEY,
    value text NOT NULL
);

CREATE TABLE articles (
    ord bigint NOT NULL,
    id text PRIMARY KEY,
    doc json NOT NULL
);
CREATE INDEX articles_ord ON articles (ord);

-- one row per claim, one column per field (store/records.py Claim; `value` is the
-- number as JSON text, so an int stays an int and a float a float)
CREATE TABLE claims (
    ord bigint NOT NULL,
    id text PRIMARY KEY,
    kind text NOT NULL,
    article_id text NOT NULL,
    text text NOT NULL,
    speaker text,
    partial boolean,
    value text,
    unit text,
    qualifier text,
    noun text,
    hypothetical boolean,
    start_at integer NOT NULL,
    end_at integer NOT NULL,
    orphaned boolean NOT NULL DEFAULT false,
    -- the verdict in force, kept beside the claim (verdicts.status) for the status
    -- filter's keyset pages; a verdict's transaction updates both
    status text NOT NULL DEFAULT 'unreviewed'
);
CREATE INDEX claims_ord ON claims (ord);
CREATE INDEX claims_article ON claims (article_id, ord);
CREATE INDEX claims_status_ord ON claims (status, ord);

-- the verdict in force per reviewed claim (also for a claim gone from its article)
CREATE TABLE verdicts (
    claim_id text PRIMARY KEY,
    status text NOT NULL,
    note text NOT NULL DEFAULT '',
    reviewer text,
    at text,
    note_by text,
    note_at text,
    contested_reviewer text,
    contested_status text
);
CREATE INDEX verdicts_status ON verdicts (status);

-- every change, never rewritten: an undo is a new action pointing at what it undoes
CREATE TABLE history (
    seq bigint PRIMARY KEY,
    action bigint NOT NULL,
    claim_id text NOT NULL,
    from_status text NOT NULL,
    to_status text NOT NULL,
    from_note text NOT NULL,
    to_note text NOT NULL,
    reviewer text NOT NULL,
    at text NOT NULL,
    undo_of bigint
);
CREATE INDEX history_claim ON history (claim_id, seq);

-- merge decisions ("these two names are one person"), appended like the .merges file
CREATE TABLE merges (
    id bigserial PRIMARY KEY,
    doc json NOT NULL
);

-- each article's comparison features (derived data, kept like the .features file)
CREATE TABLE features (
    article_id text PRIMARY KEY,
    version integer NOT NULL,
    raw json NOT NULL
);
