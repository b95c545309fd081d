-- The availability projections remember, per row, the sequence number of the last event of
-- the calendar (or departure) applied to it: a redelivered event changes nothing twice.
ALTER TABLE room_night_view ADD COLUMN last_event_sequence BIGINT NOT NULL DEFAULT -1;
ALTER TABLE departure_view ADD COLUMN last_event_sequence BIGINT NOT NULL DEFAULT -1;
-- Whether the night's price is the provider's own (else it follows the room type's base price).
ALTER TABLE room_night_view ADD COLUMN price_overridden BOOLEAN NOT NULL DEFAULT FALSE;
