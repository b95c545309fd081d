-- Read models of nights and departures, written by the calendar projections and read by
-- search, listing detail and the providers' occupancy views.

-- One row per room type and night that has been opened for sale.
CREATE TABLE room_night_view (
    room_type_id   TEXT          NOT NULL,
    night          DATE          NOT NULL,
    units          INTEGER       NOT NULL,
    held           INTEGER       NOT NULL DEFAULT 0,
    sold           INTEGER       NOT NULL DEFAULT 0,
    price_amount   NUMERIC(19,4) NOT NULL,
    currency       CHAR(3)       NOT NULL,
    closed         BOOLEAN       NOT NULL DEFAULT FALSE,
    PRIMARY KEY (room_type_id, night)
);
CREATE INDEX room_night_view_night ON room_night_view (night);

-- One row per tour departure.
CREATE TABLE departure_view (
    departure_id   TEXT          PRIMARY KEY,
    package_id     TEXT          NOT NULL,
    provider_id    TEXT          NOT NULL,
    departure_date DATE          NOT NULL,
    seats          INTEGER       NOT NULL,
    held           INTEGER       NOT NULL DEFAULT 0,
    sold           INTEGER       NOT NULL DEFAULT 0,
    price_amount   NUMERIC(19,4) NOT NULL,
    currency       CHAR(3)       NOT NULL,
    UNIQUE (package_id, departure_date)
);
CREATE INDEX departure_view_date ON departure_view (departure_date);
