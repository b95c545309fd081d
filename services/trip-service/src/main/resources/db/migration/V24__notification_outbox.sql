-- Notifications to travellers (leg reminders) as the development notification port keeps them.
CREATE TABLE notification_outbox (
    id          TEXT        PRIMARY KEY,
    user_id     TEXT        NOT NULL,
    kind        TEXT        NOT NULL,
    trip_id     TEXT,
    leg_index   INTEGER,
    subject     TEXT        NOT NULL,
    body        TEXT        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL
);

CREATE INDEX notification_outbox_trip ON notification_outbox (trip_id);
