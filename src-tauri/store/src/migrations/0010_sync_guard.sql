-- What a laptop keeps so that the team's server and its members cannot block or mislead
-- it: its clock's measured offset to the server's, whether the server is reached in
-- plaintext, the messages of a newer Almanac held for after an upgrade, the messages it
-- could not apply set aside for a person, its own changes the server refused, and what each
-- member may approve as the server's owner set it.

-- Milliseconds to add to this laptop's clock to read the server's (measured at each sync).
ALTER TABLE sync_state ADD COLUMN clock_offset_ms INTEGER NOT NULL DEFAULT 0;
-- Whether the server is reached over TLS (plaintext only when the address asks for it).
ALTER TABLE sync_state ADD COLUMN encrypted INTEGER NOT NULL DEFAULT 1;

-- The server's scopes: JSON array of 'everything', 'brand:<id>', 'channel:<id>'.
ALTER TABLE sync_member ADD COLUMN approves TEXT NOT NULL DEFAULT '[]';

-- Pulled messages this version does not know (a newer Almanac's entity or field): applied
-- once an upgrade knows them.
CREATE TABLE sync_held (
    seq         INTEGER PRIMARY KEY,
    entity      TEXT NOT NULL,
    row_id      TEXT NOT NULL,
    field       TEXT NOT NULL,
    value       TEXT NOT NULL,
    hlc         TEXT NOT NULL,
    member      TEXT NOT NULL,
    device      TEXT NOT NULL,
    base        INTEGER NOT NULL,
    received_at TEXT NOT NULL
);

-- Pulled messages this laptop could not apply, with why; shown in Team sync.
CREATE TABLE sync_set_aside (
    seq         INTEGER PRIMARY KEY,
    entity      TEXT NOT NULL,
    row_id      TEXT NOT NULL,
    field       TEXT NOT NULL,
    value       TEXT NOT NULL,
    member      TEXT NOT NULL,
    received_at TEXT NOT NULL,
    reason      TEXT NOT NULL
);

-- What each unsent field stood at before this laptop changed it (none: the field was
-- new): a change the server refuses gives the field back to the team's value.
ALTER TABLE sync_outbox ADD COLUMN prior_value TEXT;
ALTER TABLE sync_outbox ADD COLUMN prior_hlc TEXT;
ALTER TABLE sync_outbox ADD COLUMN prior_member TEXT;
ALTER TABLE sync_outbox ADD COLUMN prior_own_seq INTEGER;

-- This laptop's changes the server refused, with its reason; shown in Team sync.
CREATE TABLE sync_refused (
    seq    INTEGER PRIMARY KEY AUTOINCREMENT,
    entity TEXT NOT NULL,
    row_id TEXT NOT NULL,
    field  TEXT NOT NULL,
    value  TEXT NOT NULL,
    hlc    TEXT NOT NULL,
    reason TEXT NOT NULL,
    at     TEXT NOT NULL
);

-- A plan has one settings row, by construction (a second one synced in was read with LIMIT 1).
DELETE FROM settings WHERE id <> '01900000-0000-7000-8000-000000000001';
CREATE TABLE settings_new (
    id               TEXT PRIMARY KEY CHECK (id = '01900000-0000-7000-8000-000000000001'),
    organisation     TEXT NOT NULL DEFAULT '',
    time_zone        TEXT NOT NULL DEFAULT 'UTC',
    week_start       TEXT NOT NULL DEFAULT 'monday',
    locale           TEXT NOT NULL DEFAULT 'en-GB',
    year_start_month INTEGER NOT NULL DEFAULT 1 CHECK (year_start_month BETWEEN 1 AND 12),
    confirm_days     INTEGER NOT NULL DEFAULT 7
);
INSERT INTO settings_new SELECT id, organisation, time_zone, week_start, locale, year_start_month, confirm_days
FROM settings;
DROP TABLE settings;
ALTER TABLE settings_new RENAME TO settings;
