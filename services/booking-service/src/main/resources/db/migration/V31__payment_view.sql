-- Payment records for admins (projected from the Payment aggregate's events by the
-- `payments` processing group; a replay empties and rebuilds both tables).
-- `provider` is the payment provider ("simulated"); `provider_id` the marketplace provider
-- (hotel or tour operator) the booking pays.
CREATE TABLE payment_view (
    payment_id      TEXT          PRIMARY KEY,
    booking_id      TEXT          NOT NULL,
    traveler_id     TEXT          NOT NULL,
    provider_id     TEXT          NOT NULL,
    provider        TEXT          NOT NULL,
    provider_txn_id TEXT,
    amount          NUMERIC(19,4) NOT NULL,
    currency        CHAR(3)       NOT NULL,
    status          TEXT          NOT NULL,              -- INITIATED, PENDING, CAPTURED, DECLINED, PARTIALLY_REFUNDED, REFUNDED
    failure_reason  TEXT,
    initiated_at    TIMESTAMPTZ   NOT NULL,
    updated_at      TIMESTAMPTZ   NOT NULL
);
CREATE INDEX payment_view_booking ON payment_view (booking_id);
CREATE INDEX payment_view_initiated ON payment_view (initiated_at);

CREATE TABLE payment_refund_view (
    refund_id       TEXT          PRIMARY KEY,
    payment_id      TEXT          NOT NULL,
    booking_id      TEXT          NOT NULL,
    amount          NUMERIC(19,4) NOT NULL,
    currency        CHAR(3)       NOT NULL,
    reason          TEXT,
    status          TEXT          NOT NULL,              -- REQUESTED, PAID
    requested_at    TIMESTAMPTZ   NOT NULL,
    paid_at         TIMESTAMPTZ
);
CREATE INDEX payment_refund_view_payment ON payment_refund_view (payment_id);
