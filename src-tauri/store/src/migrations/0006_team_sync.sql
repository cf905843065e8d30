-- Team sync: the laptop's identity and clock, the last state of every field it knows
-- (its own and the team's, with the clock that wrote it), the messages waiting to be
-- pushed, the conflicts waiting for a person, and the team's members by server role.

-- The hybrid logical clock of each change, so the team's copies order it.
ALTER TABLE change ADD COLUMN hlc TEXT;
-- A batch that applied the team's changes: not this laptop's to push or to undo.
ALTER TABLE change_batch ADD COLUMN remote INTEGER NOT NULL DEFAULT 0;

CREATE TABLE sync_state (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    -- This laptop's copy of the plan (a random id: a copied data folder should not sync).
    device     TEXT NOT NULL,
    -- The last clock reading this copy made or saw.
    clock      TEXT NOT NULL DEFAULT '',
    -- The journal's changes up to this one are in the outbox or pushed.
    staged_seq INTEGER NOT NULL DEFAULT 0,
    -- The server's messages up to this one are applied here.
    pulled_seq INTEGER NOT NULL DEFAULT 0,
    -- The team's plan this copy belongs to, once it has synced.
    plan_id    TEXT,
    -- The server's address (never its password) and the member signed in.
    server     TEXT,
    member     TEXT,
    last_sync  TEXT,
    last_error TEXT
);
INSERT INTO sync_state (id, device) VALUES (1, lower(hex(randomblob(16))));

CREATE TABLE sync_field (
    entity  TEXT NOT NULL,
    row_id  TEXT NOT NULL,
    field   TEXT NOT NULL,
    value   TEXT NOT NULL,
    hlc     TEXT NOT NULL,
    -- Who wrote it: a server role, or NULL for this laptop.
    member  TEXT,
    -- For this laptop's value: 0 until it comes back from the server, then the server's
    -- number for it. A team member's change made having pulled less than that was made
    -- without seeing it.
    own_seq INTEGER,
    PRIMARY KEY (entity, row_id, field)
) WITHOUT ROWID;

CREATE TABLE sync_outbox (
    seq    INTEGER PRIMARY KEY AUTOINCREMENT,
    entity TEXT NOT NULL,
    row_id TEXT NOT NULL,
    field  TEXT NOT NULL,
    value  TEXT NOT NULL,
    hlc    TEXT NOT NULL,
    -- The server's messages this laptop had pulled when the change was made.
    base   INTEGER NOT NULL
);

CREATE TABLE sync_conflict (
    entity       TEXT NOT NULL,
    row_id       TEXT NOT NULL,
    field        TEXT NOT NULL,
    mine         TEXT NOT NULL,
    theirs       TEXT NOT NULL,
    their_member TEXT NOT NULL,
    their_hlc    TEXT NOT NULL,
    their_seq    INTEGER NOT NULL,
    PRIMARY KEY (entity, row_id, field)
);

CREATE TABLE sync_member (
    role_name TEXT PRIMARY KEY,
    name      TEXT NOT NULL,
    email     TEXT NOT NULL,
    role      TEXT NOT NULL
);

-- Two people may add the same partner or the same year's page while apart; their copies
-- must both be kept when they meet, so these are checked by the app, not the schema.
DROP INDEX partner_name_unique;
CREATE TABLE plan_year_new (
    id                TEXT PRIMARY KEY,
    year              INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2999),
    title             TEXT NOT NULL DEFAULT '',
    core_messages     TEXT NOT NULL DEFAULT '[]',
    priorities        TEXT NOT NULL DEFAULT '[]',
    flagship_projects TEXT NOT NULL DEFAULT '[]'
);
INSERT INTO plan_year_new SELECT id, year, title, core_messages, priorities, flagship_projects FROM plan_year;
DROP TABLE plan_year;
ALTER TABLE plan_year_new RENAME TO plan_year;
CREATE INDEX plan_year_year ON plan_year(year);
