-- Background imports of timetable feeds started by an admin (or at start-up): progress, log and, when a feed is
-- broken, the validation report. Rows stay as the history of imports.
CREATE TABLE feed_import (
    id           TEXT        PRIMARY KEY,
    status       TEXT        NOT NULL CHECK (status IN ('RUNNING', 'SUCCEEDED', 'FAILED')),
    phase        TEXT        NOT NULL,
    percent      INTEGER     NOT NULL DEFAULT 0 CHECK (percent BETWEEN 0 AND 100),
    requested_by TEXT,
    sources      JSONB       NOT NULL,
    counts       JSONB,
    log          JSONB       NOT NULL DEFAULT '[]',
    report       JSONB,
    started_at   TIMESTAMPTZ NOT NULL,
    finished_at  TIMESTAMPTZ
);

CREATE INDEX feed_import_started_at ON feed_import (started_at DESC);

-- Where a feed was read from (a server path or class path folder), so that the network can be rebuilt from the
-- active feeds after a restart, and the import that brought it.
ALTER TABLE routing_feeds ADD COLUMN source TEXT;
ALTER TABLE routing_feeds ADD COLUMN import_id TEXT;
ALTER TABLE routing_feeds ADD COLUMN route_count INTEGER NOT NULL DEFAULT 0;
