-- Read models of the catalogue: listings with their room types, hotel packages, tour
-- packages. Each row keeps the sequence number of the last event of its aggregate that
-- was applied, so a redelivered event changes nothing twice.

CREATE TABLE catalog_listing_view (
    listing_id          TEXT          PRIMARY KEY,
    provider_id         TEXT          NOT NULL,
    name                TEXT          NOT NULL,
    description         TEXT,
    address_line        TEXT,
    city                TEXT          NOT NULL,
    city_key            TEXT          NOT NULL,
    country_code        TEXT,
    latitude            DOUBLE PRECISION,
    longitude           DOUBLE PRECISION,
    time_zone           TEXT          NOT NULL,
    check_in_time       TIME,
    check_out_time      TIME,
    amenities           TEXT[]        NOT NULL DEFAULT '{}',
    status              TEXT          NOT NULL,
    pause_reason        TEXT,
    created_at          TIMESTAMPTZ   NOT NULL,
    updated_at          TIMESTAMPTZ   NOT NULL,
    last_event_sequence BIGINT        NOT NULL
);
CREATE INDEX catalog_listing_view_city ON catalog_listing_view (city_key, status);
CREATE INDEX catalog_listing_view_provider ON catalog_listing_view (provider_id, status);

CREATE TABLE catalog_room_type_view (
    room_type_id        TEXT          PRIMARY KEY,
    listing_id          TEXT          NOT NULL,
    name                TEXT          NOT NULL,
    capacity            INTEGER       NOT NULL,
    bed_configuration   TEXT,
    base_price_amount   NUMERIC(19,4) NOT NULL,
    currency            CHAR(3)       NOT NULL,
    units               INTEGER       NOT NULL,
    updated_at          TIMESTAMPTZ   NOT NULL
);
CREATE INDEX catalog_room_type_view_listing ON catalog_room_type_view (listing_id);

CREATE TABLE catalog_hotel_package_view (
    package_id          TEXT          PRIMARY KEY,
    provider_id         TEXT          NOT NULL,
    listing_id          TEXT          NOT NULL,
    room_type_ids       TEXT[]        NOT NULL,
    template            TEXT          NOT NULL,
    title               TEXT          NOT NULL,
    description         TEXT,
    price_amount        NUMERIC(19,4) NOT NULL,
    currency            CHAR(3)       NOT NULL,
    nights              INTEGER       NOT NULL,
    inclusions          TEXT[]        NOT NULL DEFAULT '{}',
    availability_rule   TEXT          NOT NULL,
    season_starts       DATE[]        NOT NULL DEFAULT '{}',
    season_ends         DATE[]        NOT NULL DEFAULT '{}',
    status              TEXT          NOT NULL,
    pause_reason        TEXT,
    created_at          TIMESTAMPTZ   NOT NULL,
    updated_at          TIMESTAMPTZ   NOT NULL,
    last_event_sequence BIGINT        NOT NULL
);
CREATE INDEX catalog_hotel_package_view_listing ON catalog_hotel_package_view (listing_id, status);
CREATE INDEX catalog_hotel_package_view_provider ON catalog_hotel_package_view (provider_id, status);

CREATE TABLE catalog_tour_package_view (
    package_id          TEXT          PRIMARY KEY,
    provider_id         TEXT          NOT NULL,
    title               TEXT          NOT NULL,
    description         TEXT,
    city                TEXT          NOT NULL,
    city_key            TEXT          NOT NULL,
    duration_days       INTEGER       NOT NULL,
    itinerary           JSONB         NOT NULL,
    pickups             JSONB         NOT NULL,
    max_seats           INTEGER       NOT NULL,
    status              TEXT          NOT NULL,
    pause_reason        TEXT,
    created_at          TIMESTAMPTZ   NOT NULL,
    updated_at          TIMESTAMPTZ   NOT NULL,
    last_event_sequence BIGINT        NOT NULL
);
CREATE INDEX catalog_tour_package_view_city ON catalog_tour_package_view (city_key, status);
CREATE INDEX catalog_tour_package_view_provider ON catalog_tour_package_view (provider_id, status);
