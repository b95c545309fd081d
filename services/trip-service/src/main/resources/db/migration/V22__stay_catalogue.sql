-- The trip service's copy of inventory's published stays (inventory.ListingChanged, state-carrying): the stays a
-- route search suggests in a via city. Each listing keeps the envelope sequence of the change it reflects, so an
-- older change arriving late never overwrites a newer one.
CREATE TABLE stay_listing (
    listing_id    TEXT    PRIMARY KEY,
    provider_id   TEXT    NOT NULL,
    name          TEXT    NOT NULL,
    city          TEXT    NOT NULL,
    country_code  TEXT,
    time_zone     TEXT    NOT NULL,
    status        TEXT    NOT NULL,
    sequence      BIGINT  NOT NULL
);

CREATE INDEX stay_listing_city ON stay_listing (lower(city)) WHERE status = 'PUBLISHED';

CREATE TABLE stay_room_type (
    room_type_id         TEXT          PRIMARY KEY,
    listing_id           TEXT          NOT NULL REFERENCES stay_listing (listing_id) ON DELETE CASCADE,
    name                 TEXT          NOT NULL,
    capacity             INTEGER       NOT NULL,
    base_price_amount    NUMERIC(19,4) NOT NULL,
    base_price_currency  CHAR(3)       NOT NULL
);

CREATE INDEX stay_room_type_listing ON stay_room_type (listing_id);
