-- Routes a user saved by name (a plain table: saving, reusing and deleting need no history).
CREATE TABLE saved_route (
    id                TEXT        PRIMARY KEY,
    user_id           TEXT        NOT NULL,
    name              TEXT        NOT NULL,
    search_id         TEXT        NOT NULL,
    route_index       INTEGER     NOT NULL,
    origin_name       TEXT        NOT NULL,
    destination_name  TEXT        NOT NULL,
    route             JSONB       NOT NULL,
    times_used        INTEGER     NOT NULL DEFAULT 0,
    last_used_at      TIMESTAMPTZ,
    created_at        TIMESTAMPTZ NOT NULL,
    updated_at        TIMESTAMPTZ NOT NULL
);

CREATE INDEX saved_route_user ON saved_route (user_id, created_at DESC);
