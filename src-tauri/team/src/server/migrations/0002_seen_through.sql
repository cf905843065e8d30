-- How much of the history the laptop had pulled when it made each change: a change made
-- without seeing another person's change to the same field is a conflict to show them.
ALTER TABLE almanac_message ADD COLUMN base bigint NOT NULL DEFAULT 0;
