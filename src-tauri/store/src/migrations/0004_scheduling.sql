-- Scheduling intelligence: evergreen backlog items, channels' preferred posting slots,
-- member leave in order, and crisis pauses with what each one put on hold.
ALTER TABLE content_item ADD COLUMN evergreen INTEGER NOT NULL DEFAULT 0;
CREATE INDEX content_item_translation ON content_item (translation_group) WHERE translation_group IS NOT NULL;

-- Wall-clock times in the plan's zone, JSON: ["09:00", "12:30"].
ALTER TABLE channel ADD COLUMN posting_slots TEXT NOT NULL DEFAULT '[]';

ALTER TABLE member_leave ADD COLUMN position INTEGER NOT NULL DEFAULT 0;
CREATE INDEX member_leave_member ON member_leave (member_id);
CREATE INDEX coverage_rule_objective ON coverage_rule (objective_id);

CREATE TABLE crisis_pause (
    id          TEXT PRIMARY KEY,
    reason      TEXT NOT NULL,
    -- The window, UTC instants; `ends_at` exclusive.
    starts_at   TEXT NOT NULL,
    ends_at     TEXT NOT NULL,
    -- JSON list of channel ids; empty means every channel.
    channel_ids TEXT NOT NULL DEFAULT '[]',
    -- JSON list of {itemId, status}: what was put on hold and the status to give back.
    held        TEXT NOT NULL DEFAULT '[]',
    paused_at   TEXT NOT NULL,
    resumed_at  TEXT,
    CHECK (ends_at > starts_at)
);

-- Recurring series: each occurrence is an item. `recurrence_id` is its start in the rule
-- (plan-zone wall clock), kept when it is moved; a detached occurrence keeps its own edits
-- when the whole series changes. The series keeps the item it repeats as its template.
ALTER TABLE content_item ADD COLUMN recurrence_id TEXT;
ALTER TABLE content_item ADD COLUMN detached INTEGER NOT NULL DEFAULT 0;
CREATE INDEX content_item_series ON content_item (series_id) WHERE series_id IS NOT NULL;
ALTER TABLE series ADD COLUMN template TEXT NOT NULL DEFAULT '{}';
