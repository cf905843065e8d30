-- Schema v1: every entity of the domain model. Later versions add columns, not tables.
-- Ids are UUIDv7 text; dates are ISO 8601 text; instants are UTC text `YYYY-MM-DDTHH:MM:SSZ`.

CREATE TABLE settings (
    id               TEXT PRIMARY KEY,
    organisation     TEXT NOT NULL DEFAULT '',
    time_zone        TEXT NOT NULL DEFAULT 'UTC',
    week_start       TEXT NOT NULL DEFAULT 'monday',
    locale           TEXT NOT NULL DEFAULT 'en-GB',
    year_start_month INTEGER NOT NULL DEFAULT 1 CHECK (year_start_month BETWEEN 1 AND 12)
);
INSERT INTO settings (id) VALUES ('01900000-0000-7000-8000-000000000001');

CREATE TABLE brand (
    id      TEXT PRIMARY KEY,
    name    TEXT NOT NULL,
    purpose TEXT NOT NULL DEFAULT '',
    colour  TEXT NOT NULL
);

CREATE TABLE channel (
    id              TEXT PRIMARY KEY,
    brand_id        TEXT NOT NULL REFERENCES brand(id),
    platform        TEXT NOT NULL,
    handle          TEXT NOT NULL,
    purpose         TEXT NOT NULL DEFAULT '',
    colour          TEXT NOT NULL,
    active          INTEGER NOT NULL DEFAULT 1,
    max_per_day     INTEGER,
    min_gap_minutes INTEGER
);
CREATE INDEX channel_brand ON channel(brand_id);

CREATE TABLE objective (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    colour      TEXT NOT NULL,
    kpi_metric  TEXT NOT NULL DEFAULT '',
    kpi_target  REAL,
    kpi_period  TEXT NOT NULL DEFAULT ''
);

CREATE TABLE coverage_rule (
    id            TEXT PRIMARY KEY,
    objective_id  TEXT NOT NULL REFERENCES objective(id),
    channel_id    TEXT REFERENCES channel(id),
    min_items     INTEGER NOT NULL CHECK (min_items > 0),
    period        TEXT NOT NULL CHECK (period IN ('day', 'week', 'month')),
    weekdays_only INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE member (
    id              TEXT PRIMARY KEY,
    name            TEXT NOT NULL,
    role            TEXT NOT NULL DEFAULT '',
    email           TEXT NOT NULL DEFAULT '',
    capacity_weekly INTEGER
);

CREATE TABLE member_leave (
    id        TEXT PRIMARY KEY,
    member_id TEXT NOT NULL REFERENCES member(id),
    starts_on TEXT NOT NULL,
    ends_on   TEXT NOT NULL
);

CREATE TABLE campaign (
    id           TEXT PRIMARY KEY,
    name         TEXT NOT NULL,
    hashtags     TEXT NOT NULL DEFAULT '[]',
    core_message TEXT NOT NULL DEFAULT '',
    brief        TEXT NOT NULL DEFAULT '',
    start_date   TEXT NOT NULL,
    end_date     TEXT NOT NULL,
    status       TEXT NOT NULL,
    flagship     INTEGER NOT NULL DEFAULT 0,
    owner_id     TEXT REFERENCES member(id),
    colour       TEXT NOT NULL,
    audience     TEXT NOT NULL DEFAULT '',
    paid_budget  REAL,
    CHECK (end_date >= start_date)
);

CREATE TABLE campaign_objective (
    campaign_id  TEXT NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
    objective_id TEXT NOT NULL REFERENCES objective(id),
    position     INTEGER NOT NULL,
    PRIMARY KEY (campaign_id, objective_id)
);

CREATE TABLE campaign_channel (
    campaign_id TEXT NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
    channel_id  TEXT NOT NULL REFERENCES channel(id),
    position    INTEGER NOT NULL,
    PRIMARY KEY (campaign_id, channel_id)
);

CREATE TABLE series (
    id         TEXT PRIMARY KEY,
    rrule      TEXT NOT NULL,
    dtstart    TEXT NOT NULL,
    exceptions TEXT NOT NULL DEFAULT '[]'
);

CREATE TABLE content_item (
    id                TEXT PRIMARY KEY,
    title             TEXT NOT NULL,
    copy              TEXT NOT NULL DEFAULT '',
    format            TEXT NOT NULL,
    channel_id        TEXT NOT NULL REFERENCES channel(id),
    campaign_id       TEXT REFERENCES campaign(id),
    owner_id          TEXT REFERENCES member(id),
    status            TEXT NOT NULL,
    -- Exactly one of these is set for a scheduled item; neither for a backlog idea.
    all_day_date      TEXT,
    starts_at         TEXT,
    series_id         TEXT REFERENCES series(id),
    language          TEXT NOT NULL DEFAULT '',
    -- The item's objectives in order, comma-separated: a copy of item_objective kept in
    -- the same write, so a month of items loads without a subquery per item.
    objective_ids     TEXT NOT NULL DEFAULT '',
    translation_group TEXT,
    asset_links       TEXT NOT NULL DEFAULT '[]',
    notes             TEXT NOT NULL DEFAULT '',
    results           TEXT NOT NULL DEFAULT '{}',
    CHECK (all_day_date IS NULL OR starts_at IS NULL)
);
-- One ordered key over both kinds of date: a calendar window is one range scan.
CREATE INDEX content_item_when ON content_item(coalesce(starts_at, all_day_date));
CREATE INDEX content_item_backlog ON content_item(id) WHERE all_day_date IS NULL AND starts_at IS NULL;
CREATE INDEX content_item_channel ON content_item(channel_id);
CREATE INDEX content_item_campaign ON content_item(campaign_id);

CREATE TABLE item_objective (
    item_id      TEXT NOT NULL REFERENCES content_item(id) ON DELETE CASCADE,
    objective_id TEXT NOT NULL REFERENCES objective(id),
    position     INTEGER NOT NULL,
    PRIMARY KEY (item_id, objective_id)
);
CREATE INDEX item_objective_objective ON item_objective(objective_id);

CREATE TABLE partner (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    short_name  TEXT NOT NULL DEFAULT '',
    kind        TEXT NOT NULL DEFAULT '',
    country     TEXT NOT NULL DEFAULT '',
    time_zone   TEXT NOT NULL DEFAULT 'UTC',
    handles     TEXT NOT NULL DEFAULT '{}',
    tags        TEXT NOT NULL DEFAULT '[]'
);

CREATE TABLE contact (
    id         TEXT PRIMARY KEY,
    partner_id TEXT NOT NULL REFERENCES partner(id),
    name       TEXT NOT NULL,
    role       TEXT NOT NULL DEFAULT '',
    email      TEXT NOT NULL DEFAULT '',
    phone      TEXT NOT NULL DEFAULT '',
    handle     TEXT NOT NULL DEFAULT ''
);

CREATE TABLE partner_group (
    id   TEXT PRIMARY KEY,
    name TEXT NOT NULL
);

CREATE TABLE partner_group_member (
    group_id   TEXT NOT NULL REFERENCES partner_group(id) ON DELETE CASCADE,
    partner_id TEXT NOT NULL REFERENCES partner(id),
    PRIMARY KEY (group_id, partner_id)
);

CREATE TABLE item_partner (
    item_id    TEXT NOT NULL REFERENCES content_item(id) ON DELETE CASCADE,
    partner_id TEXT NOT NULL REFERENCES partner(id),
    PRIMARY KEY (item_id, partner_id)
);

CREATE TABLE collaboration (
    id           TEXT PRIMARY KEY,
    title        TEXT NOT NULL,
    kind         TEXT NOT NULL,
    campaign_id  TEXT REFERENCES campaign(id),
    go_live      TEXT,
    asset_due    TEXT,
    approval_due TEXT
);

CREATE TABLE collaboration_item (
    collaboration_id TEXT NOT NULL REFERENCES collaboration(id) ON DELETE CASCADE,
    item_id          TEXT NOT NULL REFERENCES content_item(id),
    PRIMARY KEY (collaboration_id, item_id)
);

CREATE TABLE collaboration_partner (
    collaboration_id TEXT NOT NULL REFERENCES collaboration(id) ON DELETE CASCADE,
    partner_id       TEXT NOT NULL REFERENCES partner(id),
    role             TEXT NOT NULL DEFAULT '',
    status           TEXT NOT NULL DEFAULT 'invited',
    PRIMARY KEY (collaboration_id, partner_id)
);

CREATE TABLE key_date (
    id             TEXT PRIMARY KEY,
    name           TEXT NOT NULL,
    starts_on      TEXT NOT NULL,
    ends_on        TEXT NOT NULL,
    yearly_rule    TEXT,
    category       TEXT NOT NULL,
    blackout_level TEXT,
    region         TEXT NOT NULL DEFAULT '',
    source         TEXT NOT NULL DEFAULT '',
    CHECK (ends_on >= starts_on)
);
CREATE INDEX key_date_start ON key_date(starts_on);

CREATE TABLE request (
    id              TEXT PRIMARY KEY,
    requester       TEXT NOT NULL,
    received_on     TEXT NOT NULL,
    wanted_on       TEXT,
    description     TEXT NOT NULL DEFAULT '',
    objective_id    TEXT REFERENCES objective(id),
    decision        TEXT NOT NULL DEFAULT 'open',
    decision_reason TEXT NOT NULL DEFAULT '',
    item_id         TEXT REFERENCES content_item(id)
);

-- The journal. A batch is one user action (a move, a campaign shift, a sample load);
-- each change is one row written, with the entity's state before and after, as JSON.
CREATE TABLE change_batch (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    id         TEXT NOT NULL UNIQUE,
    label      TEXT NOT NULL,
    actor      TEXT NOT NULL,
    at         TEXT NOT NULL,
    -- 'do' for a user action, 'undo' and 'redo' for the journal's own replays.
    kind       TEXT NOT NULL CHECK (kind IN ('do', 'undo', 'redo')),
    -- For 'do' batches: 'done', 'undone', or 'dropped' (undone, then a new action made redo impossible).
    state      TEXT CHECK (state IN ('done', 'undone', 'dropped')),
    target_seq INTEGER REFERENCES change_batch(seq)
);
CREATE INDEX change_batch_state ON change_batch(state) WHERE kind = 'do';

CREATE TABLE change (
    seq       INTEGER PRIMARY KEY AUTOINCREMENT,
    id        TEXT NOT NULL UNIQUE,
    batch_seq INTEGER NOT NULL REFERENCES change_batch(seq),
    entity    TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    before    TEXT,
    after     TEXT,
    actor     TEXT NOT NULL,
    at        TEXT NOT NULL
);
CREATE INDEX change_batch_seq ON change(batch_seq);
CREATE INDEX change_entity ON change(entity_id);
