-- Route search results: reused for the same normalised request for 15 minutes (cache_key, created_at) and kept
-- readable by search id until expires_at (24 h), so that a trip can be made from an offered route.
CREATE TABLE search_result (
    search_id   TEXT        PRIMARY KEY,
    cache_key   TEXT        NOT NULL,
    request     JSONB       NOT NULL,
    resolved    JSONB       NOT NULL,
    routes      JSONB       NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    expires_at  TIMESTAMPTZ NOT NULL
);

CREATE INDEX search_result_cache_key ON search_result (cache_key, created_at DESC);
CREATE INDEX search_result_expires_at ON search_result (expires_at);

-- Answers of the external geocoder, kept 24 h; found = false remembers a name it did not know.
CREATE TABLE geocode_cache (
    query       TEXT             PRIMARY KEY,
    found       BOOLEAN          NOT NULL,
    name        TEXT,
    lat         DOUBLE PRECISION,
    lon         DOUBLE PRECISION,
    created_at  TIMESTAMPTZ      NOT NULL,
    expires_at  TIMESTAMPTZ      NOT NULL
);

CREATE INDEX geocode_cache_expires_at ON geocode_cache (expires_at);
