package com.tripavail.booking.api.dashboard;

import com.tripavail.platform.web.BadRequestException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** {@code from} and {@code to}, both included, checked: {@code to} not before {@code from}, at most {@code maxDays} apart. */
public record DateRangeParameters(LocalDate from, LocalDate to) {

    public static DateRangeParameters of(LocalDate from, LocalDate to, long maxDays) {
        if (from != null && to != null) {
            if (to.isBefore(from)) {
                throw new BadRequestException("to (" + to + ") must not be before from (" + from + ")");
            }
            if (ChronoUnit.DAYS.between(from, to) > maxDays) {
                throw new BadRequestException("from and to may be at most " + maxDays + " days apart");
            }
        }
        return new DateRangeParameters(from, to);
    }

    /** The start of {@code from} in UTC, or null. */
    public Instant fromInstant() {
        return from == null ? null : from.atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    /** The end of {@code to} in UTC (exclusive), or null. */
    public Instant toInstantExclusive() {
        return to == null ? null : to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    }
}
