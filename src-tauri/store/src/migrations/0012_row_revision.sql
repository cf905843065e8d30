-- Each row's revision, kept as it is written rather than counted from the journal on
-- every calendar export: when it last changed, in whole seconds of the clock that made
-- the change. A change from the team is stamped with its author's clock, so every laptop
-- of a team gives a row in the same state the same revision (a calendar's SEQUENCE and
-- DTSTAMP).
CREATE TABLE row_revision (
    entity   TEXT NOT NULL,
    row_id   TEXT NOT NULL,
    modified INTEGER NOT NULL,
    PRIMARY KEY (entity, row_id)
) WITHOUT ROWID;

INSERT INTO row_revision (entity, row_id, modified)
SELECT entity, entity_id, CAST(strftime('%s', substr(max(at), 1, 19)) AS INTEGER) FROM change GROUP BY entity, entity_id;
