-- Approvals: who may approve which brand's or channel's items, what an edit after
-- approval does, every decision with the version it was taken on, and who uses this laptop.

-- The approver scopes of a member, as JSON: [{"kind":"everything"}], brands, channels.
ALTER TABLE member ADD COLUMN approves TEXT NOT NULL DEFAULT '[]';
-- After approval, an edit or a move sends the item back to review: on any change
-- ('anyChange') or only when its copy changes ('copyChanges').
ALTER TABLE brand ADD COLUMN reapproval TEXT NOT NULL DEFAULT 'anyChange';

-- A decision on an item. No foreign key on purpose: the record of who approved what
-- outlives the item (a deleted post was still approved, by someone, on a day).
CREATE TABLE approval (
    id          TEXT PRIMARY KEY,
    item_id     TEXT NOT NULL,
    member_id   TEXT,
    member_name TEXT NOT NULL,
    decision    TEXT NOT NULL CHECK (decision IN ('approved', 'changesRequested')),
    comment     TEXT NOT NULL DEFAULT '',
    decided_at  TEXT NOT NULL,
    -- The version decided on: what went out and when, as the approver saw it.
    title       TEXT NOT NULL,
    copy        TEXT NOT NULL,
    schedule    TEXT NOT NULL
);
CREATE INDEX approval_item ON approval(item_id, decided_at);

-- Who uses this laptop, among the plan's members: approvals are taken in their name.
-- Kept on the laptop, never synced.
CREATE TABLE laptop_user (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    member_id TEXT
);
