-- The simulated payment provider's own records. It plays an external system (think of a
-- card processor's database): nothing in the booking service reads these tables, and the
-- service learns outcomes only from the signed webhooks the provider sends.

-- One payment intent per idempotency key (the service's payment id). The card number is never
-- stored: only its last four digits, as a real provider shows them.
CREATE TABLE simulated_payment_intent (
    intent_id       TEXT          PRIMARY KEY,           -- pi_<random>
    payment_id      TEXT          NOT NULL UNIQUE,       -- the caller's idempotency key
    booking_id      TEXT          NOT NULL,
    amount          NUMERIC(19,4) NOT NULL,
    currency        CHAR(3)       NOT NULL,
    card_last4      CHAR(4)       NOT NULL,
    status          TEXT          NOT NULL,              -- processing, succeeded, payment_failed
    outcome         TEXT          NOT NULL,              -- what the card decides: succeeded or payment_failed
    failure_reason  TEXT,                                -- card_declined, insufficient_funds
    created_at      TIMESTAMPTZ   NOT NULL
);

-- Refunds of succeeded intents, one per idempotency key (the service's refund id).
CREATE TABLE simulated_refund (
    refund_id       TEXT          PRIMARY KEY,
    provider_ref    TEXT          NOT NULL UNIQUE,       -- re_<random>
    intent_id       TEXT          NOT NULL REFERENCES simulated_payment_intent (intent_id),
    amount          NUMERIC(19,4) NOT NULL,
    currency        CHAR(3)       NOT NULL,
    created_at      TIMESTAMPTZ   NOT NULL
);
CREATE INDEX simulated_refund_intent ON simulated_refund (intent_id);

-- Webhook events the provider owes the service, with their delivery state. Written in the same
-- transaction as the intent or refund that causes them, so an event survives a restart of the
-- provider and is delivered (at least once) until the service answers 2xx or the attempts run out.
-- The body is kept as sent: every retry carries the same event id and the same bytes.
CREATE TABLE simulated_webhook_event (
    event_id        TEXT          PRIMARY KEY,           -- evt_<random>
    type            TEXT          NOT NULL,
    intent_id       TEXT          NOT NULL REFERENCES simulated_payment_intent (intent_id),
    account         TEXT          NOT NULL,              -- the merchant account whose webhook endpoint gets it
    body            TEXT          NOT NULL,
    attempts        INTEGER       NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ   NOT NULL,              -- due time, or the lease of the attempt under way
    delivered_at    TIMESTAMPTZ,
    gave_up_at      TIMESTAMPTZ,
    last_status     INTEGER,                             -- HTTP status of the last attempt, null on a network error
    created_at      TIMESTAMPTZ   NOT NULL
);
CREATE INDEX simulated_webhook_event_due ON simulated_webhook_event (account, next_attempt_at)
    WHERE delivered_at IS NULL AND gave_up_at IS NULL;
