-- Booking's own copy of what it sells, from inventory's state-carrying catalogue events
-- (inventory.ListingChanged, HotelPackageChanged, TourPackageChanged, TourDepartureScheduled),
-- and who the providers are, from onboarding.ProviderRegistered. Quotes are priced from it.
-- Each product row keeps the envelope sequence of the change it reflects: an older change
-- arriving late never overwrites a newer one.

create table provider_account (
    provider_id   text primary key,
    user_id       text not null,
    provider_type text not null,
    business_name text not null,
    registered_at timestamptz not null
);
create index provider_account_user on provider_account (user_id);

create table catalogue_listing (
    listing_id   text primary key,
    provider_id  text not null,
    name         text not null,
    city         text not null,
    country_code text not null,
    time_zone    text not null,
    status       text not null,
    sequence     bigint not null
);

create table catalogue_room_type (
    room_type_id        text primary key,
    listing_id          text not null references catalogue_listing (listing_id),
    name                text not null,
    capacity            int not null,
    base_price_amount   numeric(19, 4) not null,
    base_price_currency char(3) not null
);
create index catalogue_room_type_listing on catalogue_room_type (listing_id);

create table catalogue_hotel_package (
    package_id                 text primary key,
    provider_id                text not null,
    listing_id                 text not null,
    room_type_ids              text[] not null,
    title                      text not null,
    price_per_person_amount    numeric(19, 4) not null,
    price_per_person_currency  char(3) not null,
    nights                     int not null,
    availability_rule          text not null,
    seasons                    jsonb not null,
    status                     text not null,
    sequence                   bigint not null
);

create table catalogue_tour_package (
    package_id    text primary key,
    provider_id   text not null,
    title         text not null,
    city          text not null,
    duration_days int not null,
    max_seats     int not null,
    status        text not null,
    sequence      bigint not null
);

-- Departures may arrive before their package's state (different aggregates, different keys).
create table catalogue_tour_departure (
    departure_id            text primary key,
    package_id              text not null,
    provider_id             text not null,
    departure_date          date not null,
    seats                   int not null,
    price_per_seat_amount   numeric(19, 4) not null,
    price_per_seat_currency char(3) not null
);
create index catalogue_tour_departure_package on catalogue_tour_departure (package_id);
