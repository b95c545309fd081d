-- Tables of the platform's Axon/Kafka test application (com.tripavail.platform.axon.testapp).

-- Projection of the counter-view processing group; rebuilt by a replay.
CREATE TABLE counter_view (
    counter_id    TEXT        PRIMARY KEY,
    total         INTEGER     NOT NULL,
    increments    INTEGER     NOT NULL,
    last_label    TEXT,
    last_note     TEXT,
    last_sequence BIGINT      NOT NULL,
    updated_at    TIMESTAMPTZ NOT NULL
);

-- Written by the subscribing counter-guard handler in the command's own transaction.
CREATE TABLE counter_guard_log (
    counter_id TEXT    NOT NULL,
    total      INTEGER NOT NULL
);

-- Written by the reminder saga's deadline handler.
CREATE TABLE reminder_fired (
    counter_id TEXT        NOT NULL,
    fired_at   TIMESTAMPTZ NOT NULL
);

-- Effects of the Kafka integration consumer, in the inbox transaction.
CREATE TABLE inbound_log (
    event_id TEXT NOT NULL,
    type     TEXT NOT NULL
);
