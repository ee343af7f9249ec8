/**
 * Database migrations, applied in order and recorded in `PRAGMA user_version`. Append; never edit
 * a migration that has shipped (a data dir made by an older sandbox must still open).
 */
export const migrations: string[] = [
  `
  CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

  CREATE TABLE sectors (code TEXT PRIMARY KEY, name TEXT NOT NULL, name_en TEXT NOT NULL);

  CREATE TABLE agencies (
    code TEXT PRIMARY KEY, name TEXT NOT NULL, level TEXT NOT NULL, province_code TEXT
  );

  CREATE TABLE procedures (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    national_code TEXT NOT NULL,
    is_local INTEGER NOT NULL,
    name TEXT NOT NULL,
    sector_code TEXT NOT NULL REFERENCES sectors(code),
    agency_code TEXT NOT NULL REFERENCES agencies(code),
    level TEXT NOT NULL,
    province_code TEXT,
    aud_citizen INTEGER NOT NULL,
    aud_business INTEGER NOT NULL,
    aud_organisation INTEGER NOT NULL,
    online_level TEXT NOT NULL,
    status TEXT NOT NULL,
    replaced_by TEXT,
    fee_from INTEGER,
    detail TEXT NOT NULL
  );
  CREATE INDEX procedures_sector ON procedures(sector_code);
  CREATE INDEX procedures_agency ON procedures(agency_code);
  CREATE INDEX procedures_province ON procedures(province_code, is_local);
  CREATE INDEX procedures_national ON procedures(national_code);

  -- Search text is folded (no diacritics, đ → d, lower case) before it is indexed; see search.ts.
  CREATE VIRTUAL TABLE procedures_fts USING fts5(
    name, keywords, sector, code, content='', contentless_delete=1, tokenize="unicode61 tokenchars '.'"
  );

  CREATE TABLE attachments (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL, size INTEGER NOT NULL,
    sha256 TEXT NOT NULL, path TEXT NOT NULL, key TEXT NOT NULL, created_at TEXT NOT NULL
  );

  CREATE TABLE dossier_counters (agency_code TEXT NOT NULL, day TEXT NOT NULL, n INTEGER NOT NULL,
    PRIMARY KEY (agency_code, day));

  CREATE TABLE dossiers (
    code TEXT PRIMARY KEY,
    service_code TEXT NOT NULL,
    service_name TEXT NOT NULL,
    agency_code TEXT NOT NULL,
    agency_name TEXT NOT NULL,
    province_code TEXT,
    channel TEXT NOT NULL,
    status TEXT NOT NULL,
    applicant TEXT NOT NULL,
    verifier TEXT NOT NULL,
    form_data TEXT NOT NULL,
    note TEXT,
    fees TEXT NOT NULL,
    fees_total INTEGER NOT NULL,
    fees_paid INTEGER NOT NULL DEFAULT 0,
    processing_days REAL,
    supplement TEXT,
    submitted_at TEXT NOT NULL,
    received_at TEXT,
    due_at TEXT,
    completed_at TEXT,
    next_step_at TEXT
  );
  CREATE INDEX dossiers_next_step ON dossiers(next_step_at) WHERE next_step_at IS NOT NULL;
  CREATE INDEX dossiers_province ON dossiers(province_code);

  CREATE TABLE dossier_attachments (
    dossier_code TEXT NOT NULL REFERENCES dossiers(code), attachment_id TEXT NOT NULL REFERENCES attachments(id),
    kind TEXT NOT NULL DEFAULT 'submission', PRIMARY KEY (dossier_code, attachment_id)
  );

  -- Every status change, in order; the id doubles as the Server-Sent Events id.
  CREATE TABLE dossier_history (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    dossier_code TEXT NOT NULL REFERENCES dossiers(code),
    status TEXT NOT NULL,
    previous_status TEXT,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    role TEXT NOT NULL,
    department TEXT,
    action TEXT NOT NULL,
    note TEXT,
    due_at TEXT
  );
  CREATE INDEX dossier_history_code ON dossier_history(dossier_code, id);

  CREATE TABLE payments (
    id TEXT PRIMARY KEY,
    dossier_code TEXT NOT NULL REFERENCES dossiers(code),
    amount INTEGER NOT NULL,
    lines TEXT NOT NULL,
    status TEXT NOT NULL,
    return_url TEXT NOT NULL,
    bank TEXT,
    transaction_id TEXT,
    result_code TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    receipt TEXT
  );
  CREATE INDEX payments_dossier ON payments(dossier_code);

  CREATE TABLE petition_counters (day TEXT PRIMARY KEY, n INTEGER NOT NULL);

  CREATE TABLE petitions (
    code TEXT PRIMARY KEY,
    category TEXT NOT NULL,
    title TEXT NOT NULL,
    content TEXT NOT NULL,
    service_code TEXT,
    full_name TEXT NOT NULL,
    phone TEXT NOT NULL,
    email TEXT,
    address TEXT,
    publishable INTEGER NOT NULL,
    status TEXT NOT NULL,
    submitted_at TEXT NOT NULL,
    due_at TEXT NOT NULL,
    answer TEXT,
    answered_at TEXT
  );
  CREATE INDEX petitions_public ON petitions(status, publishable, answered_at);

  CREATE TABLE idempotency (
    key TEXT NOT NULL,
    idempotency_key TEXT NOT NULL,
    route TEXT NOT NULL,
    request_hash TEXT NOT NULL,
    status INTEGER,
    body TEXT,
    created_at TEXT NOT NULL,
    PRIMARY KEY (key, idempotency_key)
  );

  CREATE TABLE webhooks (
    id TEXT PRIMARY KEY, key TEXT NOT NULL, url TEXT NOT NULL, events TEXT NOT NULL,
    secret TEXT NOT NULL, created_at TEXT NOT NULL
  );

  CREATE TABLE webhook_deliveries (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    webhook_id TEXT NOT NULL REFERENCES webhooks(id) ON DELETE CASCADE,
    event_id TEXT NOT NULL,
    type TEXT NOT NULL,
    body TEXT NOT NULL,
    state TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT,
    last_status INTEGER,
    last_error TEXT
  );
  CREATE INDEX webhook_deliveries_due ON webhook_deliveries(state, next_attempt_at);
  `,
  // 2: petitions — folded search text (see search/fold.ts), who answered, whether the simulator
  // may answer it, and the public list's keyset order.
  `
  ALTER TABLE petitions ADD COLUMN search_text TEXT NOT NULL DEFAULT '';
  ALTER TABLE petitions ADD COLUMN answer_agency TEXT;
  ALTER TABLE petitions ADD COLUMN answer_officer TEXT;
  ALTER TABLE petitions ADD COLUMN auto_answer INTEGER NOT NULL DEFAULT 1;
  CREATE INDEX petitions_list ON petitions(answered_at DESC, code DESC) WHERE status = 'answered' AND publishable = 1;
  CREATE INDEX petitions_open ON petitions(submitted_at) WHERE status <> 'answered';
  `,
  // 3: search — the engine (search/engine.ts) indexes in memory, so the FTS table goes; each
  // procedure keeps its popularity (dossiers per year, orders ties) and its own keywords.
  `
  DROP TABLE procedures_fts;
  ALTER TABLE procedures ADD COLUMN popularity INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE procedures ADD COLUMN keywords TEXT NOT NULL DEFAULT '';
  `,
  // 4: the dossier's own form — the receiving commune, how the result is delivered, the document
  // slot each file was attached under (receipt and result links are signed with meta.link_secret).
  `
  ALTER TABLE dossiers ADD COLUMN commune_code TEXT;
  ALTER TABLE dossiers ADD COLUMN commune_name TEXT;
  ALTER TABLE dossiers ADD COLUMN delivery TEXT NOT NULL DEFAULT '{"method":"in_person","address":null}';
  ALTER TABLE dossier_attachments ADD COLUMN document TEXT;
  `,
  // 5: tenants apart (issue 16, see store/tenants.ts) — the API key each dossier, payment and petition
  // was made with (NULL for seeded rows and rows made before), and the agency a petition is
  // addressed to: its procedure's (not the placeholder of a national record), else the Government Office.
  `
  ALTER TABLE dossiers ADD COLUMN key TEXT;
  ALTER TABLE payments ADD COLUMN key TEXT;
  ALTER TABLE petitions ADD COLUMN key TEXT;
  ALTER TABLE petitions ADD COLUMN agency_code TEXT;
  UPDATE petitions SET agency_code = COALESCE(
    (SELECT p.agency_code FROM procedures p WHERE p.code = petitions.service_code AND p.agency_code <> '000.00.00.DP'),
    '000.00.00.G01');
  `,
  // 6: uploads no dossier uses expire and count against quotas (issue 16, see store/uploads.ts) —
  // who uploaded (the client as budgets name it, key + address, for a client's share of a key's
  // room; NULL before), and the indexes the quota and the expiry sweep read.
  `
  ALTER TABLE attachments ADD COLUMN client TEXT;
  CREATE INDEX attachments_key ON attachments(key, created_at);
  CREATE INDEX attachments_created ON attachments(created_at);
  CREATE INDEX dossier_attachments_attachment ON dossier_attachments(attachment_id);
  `,
  // 7 (issue 17; after issue 16's 5 and 6): citizen accounts — the test identity provider's state
  // (simulate/idp/adapter.ts), dossiers submitted while logged in, drafts per account, and the
  // applicant's CCCD or tax code indexed so an account finds the dossiers made in its name.
  `
  CREATE TABLE oidc_store (
    model TEXT NOT NULL, id TEXT NOT NULL, payload TEXT NOT NULL,
    grant_id TEXT, uid TEXT, expires_at INTEGER,
    PRIMARY KEY (model, id)
  );
  CREATE INDEX oidc_store_grant ON oidc_store(grant_id) WHERE grant_id IS NOT NULL;
  CREATE INDEX oidc_store_uid ON oidc_store(uid) WHERE uid IS NOT NULL;
  CREATE INDEX oidc_store_expiry ON oidc_store(expires_at) WHERE expires_at IS NOT NULL;

  CREATE TABLE account_dossiers (
    sub TEXT NOT NULL, dossier_code TEXT NOT NULL REFERENCES dossiers(code), linked_at TEXT NOT NULL,
    PRIMARY KEY (sub, dossier_code)
  );
  CREATE INDEX dossiers_applicant_id ON dossiers(json_extract(applicant, '$.idNumber'));

  CREATE TABLE account_drafts (
    sub TEXT NOT NULL, key TEXT NOT NULL, service_code TEXT, data TEXT NOT NULL, size INTEGER NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (sub, key)
  );
  `,
  // 8 (security review of issue 17): drafts are kept per account and per site, the OIDC client the
  // token was issued to, so one site's token no longer reads or overwrites another site's drafts.
  // Drafts saved before are dropped, not handed out: which site wrote one was never recorded, and
  // giving it to whichever site reads first could give it to another site (the leak this closes).
  // They are a sandbox's unfinished test forms; a citizen's form is saved again at the next change.
  `
  DROP TABLE account_drafts;
  CREATE TABLE account_drafts (
    sub TEXT NOT NULL, client_id TEXT NOT NULL, key TEXT NOT NULL, service_code TEXT, data TEXT NOT NULL,
    size INTEGER NOT NULL, updated_at TEXT NOT NULL,
    PRIMARY KEY (sub, client_id, key)
  );
  `,
  // 9 (issue 18): status sync of the one-stop systems (store/sync.ts). A dossier records where it came
  // from (the portal's API, or a one-stop system's sync), the version and content hash last synced and
  // the synced fields without a column (fees with their codes, payment, supplement rounds, results,
  // summary); a history row, whether it came with a synced record. The change feed: one row per change
  // in commit order (AUTOINCREMENT: a seq is never reused, even after the last row is removed); a
  // dossier keeps only its latest upsert (the older ones are deleted), so reading from the start is a
  // whole copy; tombstones and progress entries expire after the retained window. Dossiers made before
  // get an upsert each, so the feed names every dossier. The simulation's check of supplement deadlines
  // reads the portal's own waiting dossiers through an index, not every row each second.
  `
  ALTER TABLE dossiers ADD COLUMN source TEXT NOT NULL DEFAULT 'portal';
  ALTER TABLE dossiers ADD COLUMN version INTEGER;
  ALTER TABLE dossiers ADD COLUMN sync_hash TEXT;
  ALTER TABLE dossiers ADD COLUMN sync_extra TEXT;
  ALTER TABLE dossier_history ADD COLUMN synced INTEGER NOT NULL DEFAULT 0;

  CREATE TABLE sync_changes (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    type TEXT NOT NULL,
    code TEXT NOT NULL,
    agency_code TEXT NOT NULL,
    version INTEGER,
    history_id INTEGER,
    at TEXT NOT NULL
  );
  CREATE INDEX sync_changes_code ON sync_changes(code);
  CREATE INDEX sync_changes_expiring ON sync_changes(at) WHERE type <> 'dossier.upserted';
  CREATE INDEX dossiers_supplement_due ON dossiers(code) WHERE status = 'waiting' AND supplement IS NOT NULL AND version IS NULL;
  INSERT INTO sync_changes (type, code, agency_code, at)
    SELECT 'dossier.upserted', code, agency_code, submitted_at FROM dossiers ORDER BY submitted_at, code;
  `,
  // 10 (issue 18): rotating a webhook's signing secret — the previous secret keeps signing deliveries (a second v1
  // in Dvc-Signature) until previous_secret_until, so receivers can switch without dropping any.
  `
  ALTER TABLE webhooks ADD COLUMN previous_secret TEXT;
  ALTER TABLE webhooks ADD COLUMN previous_secret_until TEXT;
  `,
  // 11 (issue 19): citizens' ratings of their dossiers, one per dossier (a new rating replaces it).
  `
  CREATE TABLE ratings (
    dossier_code TEXT PRIMARY KEY,
    overall INTEGER NOT NULL CHECK (overall BETWEEN 1 AND 5),
    criteria TEXT NOT NULL DEFAULT '{}',
    comment TEXT,
    via TEXT NOT NULL CHECK (via IN ('phone', 'account')),
    rated_at TEXT NOT NULL
  );
  CREATE INDEX ratings_rated_at ON ratings(rated_at);
  `,
  // 12 (issue 18): idempotency answers expire (idempotencyTtlSeconds); the purge reads them oldest first.
  `
  CREATE INDEX idempotency_created ON idempotency(created_at);
  `,
];
