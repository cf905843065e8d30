-- The plan of a year: its title, core messages, board priorities and flagship projects,
-- shown on the Plan view and printed on the one-page annual plan.
CREATE TABLE plan_year (
    id                TEXT PRIMARY KEY,
    year              INTEGER NOT NULL UNIQUE CHECK (year BETWEEN 1900 AND 2999),
    title             TEXT NOT NULL DEFAULT '',
    core_messages     TEXT NOT NULL DEFAULT '[]',
    priorities        TEXT NOT NULL DEFAULT '[]',
    flagship_projects TEXT NOT NULL DEFAULT '[]'
);
