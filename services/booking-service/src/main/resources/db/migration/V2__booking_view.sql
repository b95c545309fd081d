-- One row per booking as it stands now: what GET /api/bookings/{id} shows, what decides who
-- may see or cancel it, and what a client waiting for a transitional state to end watches.
-- Written by a subscribing projection in the command's own transaction (read-your-writes).
create table booking_view (
    booking_id          text primary key,
    traveler_id         text not null,
    provider_id         text not null,
    status              text not null,
    product_type        text not null,
    product_id          text not null,
    departure_id        text,
    listing_id          text,
    product_name        text not null,
    city                text,
    start_date          date not null,
    end_date            date not null,
    time_zone           text not null,
    units               int not null,
    guests              int not null,
    hold_id             text,
    hold_expires_at     timestamptz,
    payment_id          text,
    price               jsonb not null,
    price_fixed         boolean not null default false,
    cancellation_policy jsonb not null,
    outcome_reason      text,
    outcome_detail      text,
    refund_amount       numeric(19, 4),
    created_at          timestamptz not null,
    updated_at          timestamptz not null
);
create index booking_view_traveler on booking_view (traveler_id, created_at desc);
create index booking_view_provider on booking_view (provider_id, status);
