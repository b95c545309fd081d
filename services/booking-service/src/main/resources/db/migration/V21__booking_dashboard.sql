-- The dashboards' read model (tracking processor `booking-dashboard`): one row per booking
-- with what the traveller, the provider and the admin dashboards read, and one row per refund
-- paid (refunds are reported in the period they were paid, which may differ from the
-- booking's). Every write sets absolute values keyed by booking or refund id, so applying an
-- event again, or replaying from the start, gives the same rows.
create table booking_dashboard (
    booking_id        text primary key,
    traveler_id       text not null,
    provider_id       text not null,
    status            text not null,
    product_type      text not null,
    product_id        text not null,
    departure_id      text,
    listing_id        text,
    product_name      text not null,
    city              text,
    start_date        date not null,
    end_date          date not null,
    time_zone         text not null,
    units             int not null,
    guests            int not null,
    -- the price the traveller sees: the quote, then the held price, then the fixed snapshot
    price_stage       text not null check (price_stage in ('QUOTE', 'HELD', 'SNAPSHOT')),
    currency          char(3) not null,
    subtotal          numeric(19, 4) not null,
    taxes             numeric(19, 4) not null,
    fees              numeric(19, 4) not null,
    total             numeric(19, 4) not null,
    commission        numeric(19, 4) not null,
    provider_earnings numeric(19, 4) not null,
    hold_expires_at   timestamptz,
    outcome_reason    text,
    quoted_at         timestamptz not null,
    confirmed_at      timestamptz,
    closed_at         timestamptz,
    updated_at        timestamptz not null
);
create index booking_dashboard_traveler on booking_dashboard (traveler_id, quoted_at desc, booking_id);
create index booking_dashboard_provider_status on booking_dashboard (provider_id, status, quoted_at desc);
create index booking_dashboard_provider_start on booking_dashboard (provider_id, start_date);
create index booking_dashboard_provider_end on booking_dashboard (provider_id, end_date);
create index booking_dashboard_quoted on booking_dashboard (quoted_at);
create index booking_dashboard_confirmed on booking_dashboard (confirmed_at) where confirmed_at is not null;

create table booking_refund (
    refund_id   text primary key,
    booking_id  text not null,
    provider_id text,
    amount      numeric(19, 4) not null,
    currency    char(3) not null,
    refunded_at timestamptz not null
);
create index booking_refund_time on booking_refund (refunded_at);
create index booking_refund_booking on booking_refund (booking_id);
