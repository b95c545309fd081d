package com.tripavail.booking.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.tripavail.booking.query.ledger.LedgerPostings;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LedgerEntryIdTest {

    private static final Instant AT = Instant.parse("2026-11-22T08:04:19.123Z");

    @Test
    void givenTheSameEventRoleAndTime_whenComputedAgain_thenTheSameId() {
        String eventId = UUID.randomUUID().toString();
        assertThat(LedgerPostings.entryId(eventId, "commission", AT))
                .isEqualTo(LedgerPostings.entryId(eventId, "commission", AT))
                .isNotEqualTo(LedgerPostings.entryId(eventId, "provider-earnings", AT))
                .isNotEqualTo(LedgerPostings.entryId(UUID.randomUUID().toString(), "commission", AT));
    }

    @Test
    void givenLaterEvents_whenIdsAreCompared_thenTheyGrowWithTheEventTime() {
        UUID earlier = LedgerPostings.entryId(UUID.randomUUID().toString(), "traveler-charge", AT);
        UUID later = LedgerPostings.entryId(UUID.randomUUID().toString(), "traveler-charge", AT.plusMillis(1));
        // PostgreSQL orders uuids by their bytes, that is by the unsigned high half first.
        assertThat(Long.compareUnsigned(later.getMostSignificantBits(), earlier.getMostSignificantBits())).isPositive();
        assertThat(later.getMostSignificantBits() >>> 16).isEqualTo(AT.toEpochMilli() + 1);
    }

    @Test
    void givenAnId_thenItIsAnRfc9562Version8Uuid() {
        UUID id = LedgerPostings.entryId(UUID.randomUUID().toString(), "refund-traveler", AT);
        assertThat(id.version()).isEqualTo(8);
        assertThat(id.variant()).isEqualTo(2);
    }
}
