-- Command-side tables of holds and nightly inventory: what the hold desk looks up before it
-- routes a command to a calendar or a departure. Kept by the subscribing processor
-- `hold-catalogue` in the transaction of the catalogue's events, and by the hold desk.

-- Each room type's calendar: its listing and owner (ownership checks, listing → calendars).
CREATE TABLE hold_room_type (
    room_type_id TEXT PRIMARY KEY,
    listing_id   TEXT NOT NULL,
    provider_id  TEXT NOT NULL
);
CREATE INDEX hold_room_type_listing ON hold_room_type (listing_id);

-- Status of listings, hotel packages and tour packages as far as selling goes.
CREATE TABLE hold_product_status (
    product_id TEXT PRIMARY KEY,
    kind       TEXT NOT NULL CHECK (kind IN ('LISTING', 'HOTEL_PACKAGE', 'TOUR_PACKAGE')),
    status     TEXT NOT NULL
);

-- What a hotel package hold needs: its room types, nights, rule, seasons and price.
CREATE TABLE hold_hotel_package (
    package_id        TEXT          PRIMARY KEY,
    provider_id       TEXT          NOT NULL,
    listing_id        TEXT          NOT NULL,
    room_type_ids     TEXT[]        NOT NULL,
    nights            INTEGER       NOT NULL,
    availability_rule TEXT          NOT NULL,
    season_starts     DATE[]        NOT NULL DEFAULT '{}',
    season_ends       DATE[]        NOT NULL DEFAULT '{}',
    price_amount      NUMERIC(19,4) NOT NULL,
    currency          CHAR(3)       NOT NULL
);

-- Each tour departure's seats aggregate, its package and owner.
CREATE TABLE hold_departure (
    departure_id TEXT PRIMARY KEY,
    package_id   TEXT NOT NULL,
    provider_id  TEXT NOT NULL
);
CREATE INDEX hold_departure_package ON hold_departure (package_id);

-- Which aggregate keeps a hold, so release and confirm (which carry only the holdId) find it.
CREATE TABLE hold_registry (
    hold_id      TEXT PRIMARY KEY,
    aggregate_id TEXT NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('ROOM', 'SEAT')),
    booking_id   TEXT NOT NULL
);
