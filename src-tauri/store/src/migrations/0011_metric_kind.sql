-- What kind of number an objective's metric is: 'count' (readings add up: reach, clicks)
-- or 'level' (the latest reading is where it stands: a survey's share, a score).
ALTER TABLE objective ADD COLUMN kpi_kind TEXT NOT NULL DEFAULT 'count';
