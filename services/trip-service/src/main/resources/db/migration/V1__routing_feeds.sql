-- Timetable feeds imported into the routing network, one row per import attempt (the admin endpoint lists them).
CREATE TABLE routing_feeds (
    id               TEXT        PRIMARY KEY,
    name             TEXT        NOT NULL,
    version          TEXT        NOT NULL,
    imported_at      TIMESTAMPTZ NOT NULL,
    stop_count       INTEGER     NOT NULL DEFAULT 0,
    trip_count       INTEGER     NOT NULL DEFAULT 0,
    stop_time_count  BIGINT      NOT NULL DEFAULT 0,
    status           TEXT        NOT NULL CHECK (status IN ('IMPORTING', 'ACTIVE', 'REJECTED', 'REPLACED'))
);

CREATE INDEX routing_feeds_name_imported_at ON routing_feeds (name, imported_at DESC);
