-- Trips as they stand (projection trip-view, replayable): what GET /api/trips and /api/trips/{id} read.
-- version is the sequence number of the trip's last projected event: a request that changed a trip waits
-- until its row reaches the version the command returned.
CREATE TABLE trip_view (
    trip_id            TEXT          PRIMARY KEY,
    traveler_id        TEXT          NOT NULL,
    name               TEXT          NOT NULL,
    status             TEXT          NOT NULL,
    search_id          TEXT          NOT NULL,
    route_index        INTEGER       NOT NULL,
    preference         TEXT,
    passengers         INTEGER       NOT NULL,
    origin_name        TEXT          NOT NULL,
    destination_name   TEXT          NOT NULL,
    departure          TIMESTAMPTZ   NOT NULL,
    arrival            TIMESTAMPTZ   NOT NULL,
    duration_minutes   BIGINT        NOT NULL,
    total_amount       NUMERIC(19,4) NOT NULL,
    total_currency     CHAR(3)       NOT NULL,
    transfers          INTEGER       NOT NULL,
    created_at         TIMESTAMPTZ   NOT NULL,
    updated_at         TIMESTAMPTZ   NOT NULL,
    started_at         TIMESTAMPTZ,
    completed_at       TIMESTAMPTZ,
    cancelled_at       TIMESTAMPTZ,
    cancel_reason      TEXT,
    version            BIGINT        NOT NULL
);

CREATE INDEX trip_view_traveler ON trip_view (traveler_id, departure DESC);
CREATE INDEX trip_view_completed ON trip_view (completed_at) WHERE status = 'COMPLETED';

-- The legs of each trip, with their booking state.
CREATE TABLE trip_leg_view (
    trip_id                TEXT          NOT NULL REFERENCES trip_view (trip_id) ON DELETE CASCADE,
    leg_index              INTEGER       NOT NULL,
    kind                   TEXT          NOT NULL,
    mode                   TEXT          NOT NULL,
    operator               TEXT,
    route_name             TEXT,
    from_stop_id           TEXT,
    from_name              TEXT          NOT NULL,
    to_stop_id             TEXT,
    to_name                TEXT          NOT NULL,
    departure              TIMESTAMPTZ   NOT NULL,
    arrival                TIMESTAMPTZ   NOT NULL,
    duration_minutes       BIGINT        NOT NULL,
    price_amount           NUMERIC(19,4) NOT NULL,
    price_currency         CHAR(3)       NOT NULL,
    booking_platform       TEXT,
    deep_link              TEXT,
    city                   TEXT,
    booked                 BOOLEAN       NOT NULL DEFAULT FALSE,
    booked_platform        TEXT,
    booking_reference      TEXT,
    cost_amount            NUMERIC(19,4),
    cost_currency          CHAR(3),
    booking_source         TEXT,
    booked_at              TIMESTAMPTZ,
    marketplace_booking_id TEXT,
    reminder_sent          BOOLEAN       NOT NULL DEFAULT FALSE,
    reminder_sent_at       TIMESTAMPTZ,
    clicks                 INTEGER       NOT NULL DEFAULT 0,
    last_clicked_at        TIMESTAMPTZ,
    converted_at           TIMESTAMPTZ,
    PRIMARY KEY (trip_id, leg_index)
);

-- Each followed booking link (the seed's BookingClick): where the traveller was sent and whether they booked.
CREATE TABLE booking_click_view (
    click_id       TEXT        PRIMARY KEY,
    trip_id        TEXT        NOT NULL REFERENCES trip_view (trip_id) ON DELETE CASCADE,
    traveler_id    TEXT        NOT NULL,
    leg_index      INTEGER     NOT NULL,
    platform       TEXT,
    affiliate_url  TEXT        NOT NULL,
    clicked_at     TIMESTAMPTZ NOT NULL,
    converted_at   TIMESTAMPTZ
);

CREATE INDEX booking_click_view_trip ON booking_click_view (trip_id, leg_index);

-- Completed trips older than six months, moved out of trip_view by the archive job: the trip as it was last
-- shown (detail), kept for the traveller's history. The trip-view projection never brings them back on replay.
CREATE TABLE trip_archive (
    trip_id       TEXT        PRIMARY KEY,
    traveler_id   TEXT        NOT NULL,
    name          TEXT        NOT NULL,
    departure     TIMESTAMPTZ NOT NULL,
    arrival       TIMESTAMPTZ NOT NULL,
    completed_at  TIMESTAMPTZ NOT NULL,
    detail        JSONB       NOT NULL,
    archived_at   TIMESTAMPTZ NOT NULL
);

CREATE INDEX trip_archive_traveler ON trip_archive (traveler_id, departure DESC);
