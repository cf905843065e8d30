-- A row's revision (how often it changed, when it last did) read from the journal by
-- kind of record in one pass of this index, without visiting the table: the calendar
-- export's SEQUENCE and DTSTAMP for a year of items.
CREATE INDEX change_revision ON change(entity, entity_id, at);
