package com.tripavail.booking.query.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One side of a posting, as stored in {@code ledger_entry}. */
public record LedgerEntry(UUID entryId, String bookingId, LedgerAccount account, LedgerSide side, BigDecimal amount,
                          String currency, String travelerId, String providerId, String eventId, String description,
                          Instant occurredAt) {
}
