-- Results against objectives: an objective's baseline and evaluation level, each
-- published item's link, the numbers the platforms' exports report per post and day,
-- and the outcomes and lessons the team notes by hand.

ALTER TABLE objective ADD COLUMN baseline REAL;
ALTER TABLE objective ADD COLUMN level TEXT NOT NULL DEFAULT 'outtake'
    CHECK (level IN ('output', 'outtake', 'outcome', 'impact'));

-- The link of a published item: its permalink or the platform's post id.
-- Its id is the item's: one link per item, kept apart from the item so that adding it
-- never sends an approved item back to review.
CREATE TABLE post_link (
    id   TEXT PRIMARY KEY,
    link TEXT NOT NULL
);

-- What a platform reported for one post (or one channel's day, post = '') on one day.
-- The id is derived from platform, post and day, so a re-import replaces the row.
CREATE TABLE post_result (
    id          TEXT PRIMARY KEY,
    platform    TEXT NOT NULL,
    post        TEXT NOT NULL,
    permalink   TEXT NOT NULL DEFAULT '',
    day         TEXT NOT NULL,
    item_id     TEXT,
    channel_id  TEXT,
    -- The numbers by metric, as JSON {"impressions": 1200, …}.
    metrics     TEXT NOT NULL,
    source      TEXT NOT NULL DEFAULT '',
    imported_at TEXT NOT NULL
);
CREATE INDEX post_result_day ON post_result(day);
CREATE INDEX post_result_item ON post_result(item_id);

-- An outcome (survey result, service take-up, reports received) or a lesson, dated and
-- sourced, against an objective or a campaign.
CREATE TABLE outcome (
    id           TEXT PRIMARY KEY,
    kind         TEXT NOT NULL CHECK (kind IN ('outcome', 'lesson')),
    objective_id TEXT,
    campaign_id  TEXT,
    day          TEXT NOT NULL,
    what         TEXT NOT NULL,
    metric       TEXT NOT NULL DEFAULT '',
    value        REAL,
    source       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX outcome_day ON outcome(day);
