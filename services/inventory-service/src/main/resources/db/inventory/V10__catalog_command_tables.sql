-- Command-side tables of the catalogue: what the command handlers look up before they
-- decide, written in the same transaction as the facts they mirror.

-- Each provider's verification status, learned from tripavail.onboarding.events.
CREATE TABLE provider_standing (
    provider_id    TEXT        PRIMARY KEY,
    user_id        TEXT        NOT NULL,
    provider_type  TEXT        NOT NULL,
    business_name  TEXT,
    status         TEXT        NOT NULL,
    updated_at     TIMESTAMPTZ NOT NULL
);
CREATE INDEX provider_standing_user ON provider_standing (user_id, provider_type);

-- Every listing, hotel package and tour package: its owner and status, kept by a
-- subscribing processor in the transaction of the product's events.
CREATE TABLE catalog_product (
    product_id   TEXT PRIMARY KEY,
    kind         TEXT NOT NULL CHECK (kind IN ('LISTING', 'HOTEL_PACKAGE', 'TOUR_PACKAGE')),
    provider_id  TEXT NOT NULL,
    listing_id   TEXT,
    status       TEXT NOT NULL
);
CREATE INDEX catalog_product_provider ON catalog_product (provider_id, status);

-- The room types of each listing (hotel packages may only use their listing's).
CREATE TABLE catalog_room_type (
    room_type_id TEXT PRIMARY KEY,
    listing_id   TEXT NOT NULL
);
CREATE INDEX catalog_room_type_listing ON catalog_room_type (listing_id);
