-- Webhook events the service has acted on, per payment provider. Inserted in the same
-- transaction as the command the event causes, so a redelivered event (providers deliver at
-- least once) finds its row and changes nothing; an event whose handling failed left no row
-- and is handled when the provider retries it.
CREATE TABLE payment_webhook_event (
    provider        TEXT          NOT NULL,
    event_id        TEXT          NOT NULL,
    type            TEXT          NOT NULL,
    payment_id      TEXT          NOT NULL,
    received_at     TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (provider, event_id)
);
