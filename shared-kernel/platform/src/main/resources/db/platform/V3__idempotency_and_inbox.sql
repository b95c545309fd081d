-- Idempotency-Key records: one per (caller, key), kept 24 hours. IN_PROGRESS while the
-- first request runs, so a concurrent duplicate is refused instead of executed twice.
CREATE TABLE idempotency_record (
    caller          TEXT        NOT NULL,
    idempotency_key TEXT        NOT NULL,
    request_hash    TEXT        NOT NULL,
    method          TEXT        NOT NULL,
    path            TEXT        NOT NULL,
    state           TEXT        NOT NULL CHECK (state IN ('IN_PROGRESS', 'COMPLETED')),
    response_status INTEGER,
    response_headers JSONB,
    response_body   BYTEA,
    created_at      TIMESTAMPTZ NOT NULL,
    expires_at      TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (caller, idempotency_key)
);
CREATE INDEX idempotency_record_expires_at ON idempotency_record (expires_at);

-- Inbox of a Kafka consumer: the envelope's eventId is recorded in the same transaction
-- as the effect, so a redelivered message changes nothing twice.
CREATE TABLE processed_message (
    consumer     TEXT        NOT NULL,
    event_id     TEXT        NOT NULL,
    processed_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (consumer, event_id)
);

-- Kafka messages a consumer could not handle after its retries, with the reason;
-- admins list, retry or drop them.
CREATE TABLE parked_message (
    id          BIGSERIAL   PRIMARY KEY,
    consumer    TEXT        NOT NULL,
    topic       TEXT        NOT NULL,
    partition   INTEGER     NOT NULL,
    "offset"    BIGINT      NOT NULL,
    message_key TEXT,
    payload     BYTEA,
    headers     JSONB       NOT NULL DEFAULT '{}'::jsonb,
    reason      TEXT        NOT NULL,
    parked_at   TIMESTAMPTZ NOT NULL,
    UNIQUE (consumer, topic, partition, "offset")
);
