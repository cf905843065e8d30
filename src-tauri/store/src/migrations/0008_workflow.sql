-- The team's workflow around the plan: requests from other departments, comments on
-- items, campaigns and collaborations, and the decision log.

-- Requests, as the Requests view takes them in and decides them. The first schema's table was never written; it is replaced by one without foreign keys,
-- so a request keeps its record when the item it became or its objective is deleted.
DROP TABLE request;
CREATE TABLE request (
    id           TEXT PRIMARY KEY,
    title        TEXT NOT NULL,
    -- The requester's own words, kept as they wrote them.
    text         TEXT NOT NULL DEFAULT '',
    requester    TEXT NOT NULL,
    department   TEXT NOT NULL DEFAULT '',
    contact      TEXT NOT NULL DEFAULT '',
    audience     TEXT NOT NULL DEFAULT '',
    received_on  TEXT NOT NULL,
    wanted_on    TEXT,
    channel_id   TEXT,
    objective_id TEXT,
    decision     TEXT NOT NULL DEFAULT 'open' CHECK (decision IN ('open', 'accepted', 'declined', 'parked')),
    reason       TEXT NOT NULL DEFAULT '',
    decided_on   TEXT,
    item_id      TEXT
);
CREATE INDEX request_received ON request(received_on);

-- A comment on an item, a campaign or a collaboration; kept when its subject is deleted.
CREATE TABLE comment (
    id           TEXT PRIMARY KEY,
    subject_kind TEXT NOT NULL CHECK (subject_kind IN ('item', 'campaign', 'collaboration')),
    subject_id   TEXT NOT NULL,
    author       TEXT NOT NULL,
    written_at   TEXT NOT NULL,
    text         TEXT NOT NULL,
    -- The member ids it mentions, as a JSON array.
    mentions     TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX comment_subject ON comment(subject_kind, subject_id, written_at);

-- A decision, its rationale, who took it and when: per campaign or for the plan year.
CREATE TABLE decision_log (
    id          TEXT PRIMARY KEY,
    year        INTEGER NOT NULL,
    campaign_id TEXT,
    decision    TEXT NOT NULL,
    rationale   TEXT NOT NULL DEFAULT '',
    decided_by  TEXT NOT NULL,
    decided_on  TEXT NOT NULL,
    -- The items and campaigns it concerns, as JSON [{"kind": "item", "id": …}].
    concerns    TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX decision_log_year ON decision_log(year, decided_on);

-- This laptop's reminders: which kinds, how far ahead (JSON), and the day of the last digest.
ALTER TABLE laptop_user ADD COLUMN reminders TEXT;
ALTER TABLE laptop_user ADD COLUMN last_digest TEXT;
