package com.tripavail.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.SplittableRandom;
import org.axonframework.common.DateTimeUtils;
import org.junit.jupiter.api.Test;

class StoredTimestampsTest {

    @Test
    void givenWhatAxonWrites_whenParsed_thenTheSameInstantAsAxonsParser() {
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 10_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(0, 4_102_444_800L), random.nextInt(1_000_000_000));
            String stored = DateTimeUtils.formatInstant(instant);
            assertThat(StoredTimestamps.parse(stored)).as(stored).isEqualTo(DateTimeUtils.parseInstant(stored));
        }
    }

    @Test
    void givenOtherFractionLengthsAndLeapDays_whenParsed_thenExact() {
        assertThat(StoredTimestamps.parse("2024-02-29T23:59:59Z")).isEqualTo(Instant.parse("2024-02-29T23:59:59Z"));
        assertThat(StoredTimestamps.parse("2026-11-22T08:04:19.5Z")).isEqualTo(Instant.parse("2026-11-22T08:04:19.500Z"));
        assertThat(StoredTimestamps.parse("2026-11-22T08:04:19.123456789Z"))
                .isEqualTo(Instant.parse("2026-11-22T08:04:19.123456789Z"));
    }

    @Test
    void givenAnotherShape_whenParsed_thenAxonsParserDecides() {
        assertThat(StoredTimestamps.parse("2026-11-22T10:04:19.123+02:00")).isEqualTo(Instant.parse("2026-11-22T08:04:19.123Z"));
        assertThatThrownBy(() -> StoredTimestamps.parse("2023-02-29T00:00:00Z")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> StoredTimestamps.parse("2026-11-22T24:00:00Z")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> StoredTimestamps.parse("not a time")).isInstanceOf(DateTimeParseException.class);
    }
}
