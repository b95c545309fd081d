-- Marketplace bookings a trip leg waits for: what the booking service said (confirmed or cancelled, by whom, at
-- what total) and which trip leg the traveller linked it to. Either may come first; both sides write the same
-- row with an upsert, so whichever comes second sees the other (the row lock orders them).
CREATE TABLE marketplace_booking (
    booking_id      TEXT          PRIMARY KEY,
    traveler_id     TEXT,
    status          TEXT          CHECK (status IN ('CONFIRMED', 'CANCELLED')),
    total_amount    NUMERIC(19,4),
    total_currency  CHAR(3),
    confirmed_at    TIMESTAMPTZ,
    cancelled_at    TIMESTAMPTZ,
    trip_id         TEXT,
    leg_index       INTEGER,
    linked_at       TIMESTAMPTZ
);
