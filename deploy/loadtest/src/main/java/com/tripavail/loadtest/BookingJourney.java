package com.tripavail.loadtest;

import java.util.Map;

/**
 * One traveller's booking through booking's REST API, timed: quote ({@code POST /api/bookings}),
 * hold ({@code POST /hold?waitSeconds=}, answered when the booking leaves HOLD_PENDING: the hold
 * acknowledgement), payment ({@code POST /payment?waitSeconds=}, answered when it leaves
 * PAYMENT_PENDING: the confirmation).
 *
 * <p>Times are microseconds on the benchmark's {@link Clock}: wall-clock based, so they compare
 * with the {@code occurredAt} of events on Kafka (same machine), and monotonic.
 */
final class BookingJourney {

    enum Outcome {
        CONFIRMED, HOLD_REJECTED, HOLD_TIMED_OUT, PAYMENT_DECLINED, PAYMENT_TIMED_OUT,
        /** A step answered 503: the service was at capacity and did nothing (admission control). */
        REFUSED_BUSY,
        ERROR
    }

    /**
     * The times of one booking; those of steps not reached are 0.
     *
     * @param error for {@link Outcome#ERROR} and unexpected answers: which step and what came back
     */
    record Result(String bookingId, Outcome outcome, String error, long quoteStart, long quoteEnd, long holdStart,
                  long holdEnd, long payStart, long payEnd) {

        double quoteMillis() {
            return (quoteEnd - quoteStart) / 1000.0;
        }

        double holdAckMillis() {
            return (holdEnd - holdStart) / 1000.0;
        }

        double confirmationMillis() {
            return (payEnd - payStart) / 1000.0;
        }

        double endToEndMillis() {
            return (payEnd - quoteStart) / 1000.0;
        }
    }

    /** Microseconds since the epoch, from {@link System#nanoTime()} anchored once to the wall clock. */
    static final class Clock {
        private static final long ANCHOR_NANOS = System.nanoTime();
        private static final long ANCHOR_MICROS;

        static {
            java.time.Instant now = java.time.Instant.now();
            ANCHOR_MICROS = now.getEpochSecond() * 1_000_000 + now.getNano() / 1000;
        }

        private Clock() {
        }

        static long micros() {
            return ANCHOR_MICROS + (System.nanoTime() - ANCHOR_NANOS) / 1000;
        }
    }

    private final BenchmarkHttp http;
    private final String booking;
    private final String travellerToken;
    private final String card;
    private final int waitSeconds;

    BookingJourney(BenchmarkHttp http, String booking, String travellerToken, String card, int waitSeconds) {
        this.http = http;
        this.booking = booking;
        this.travellerToken = travellerToken;
        this.card = card;
        this.waitSeconds = waitSeconds;
    }

    Result run(BenchmarkHotel.Stay stay) {
        long quoteStart = Clock.micros();
        BenchmarkHttp.Reply quote = BenchmarkHotel.quote(http, booking, travellerToken, stay.roomTypeId(),
                stay.checkIn(), stay.checkOut());
        long quoteEnd = Clock.micros();
        if (quote.status() != 201) {
            Outcome outcome = quote.status() == 503 ? Outcome.REFUSED_BUSY : Outcome.ERROR;
            return new Result(null, outcome, "quote: " + quote.summary(), quoteStart, quoteEnd, 0, 0, 0, 0);
        }
        String bookingId = quote.field("bookingId");

        long holdStart = Clock.micros();
        BenchmarkHttp.Reply hold = http.post(booking + "/api/bookings/" + bookingId + "/hold?waitSeconds="
                + waitSeconds, travellerToken, null);
        long holdEnd = Clock.micros();
        String held = hold.status() == 202 ? hold.field("status") : null;
        if (!"HOLD".equals(held)) {
            Outcome outcome = hold.status() == 503 ? Outcome.REFUSED_BUSY
                    : held == null ? Outcome.ERROR : switch (held) {
                case "HOLD_REJECTED" -> Outcome.HOLD_REJECTED;
                case "HOLD_PENDING" -> Outcome.HOLD_TIMED_OUT;
                default -> Outcome.ERROR;
            };
            return new Result(bookingId, outcome, "hold: " + hold.summary(), quoteStart, quoteEnd, holdStart,
                    holdEnd, 0, 0);
        }

        long payStart = Clock.micros();
        BenchmarkHttp.Reply pay = http.post(booking + "/api/bookings/" + bookingId + "/payment?waitSeconds="
                + waitSeconds, travellerToken, Map.of("cardNumber", card));
        long payEnd = Clock.micros();
        String paid = pay.status() == 202 ? pay.field("status") : null;
        Outcome outcome = pay.status() == 503 ? Outcome.REFUSED_BUSY
                : paid == null ? Outcome.ERROR : switch (paid) {
            case "CONFIRMED" -> Outcome.CONFIRMED;
            case "PAYMENT_PENDING" -> Outcome.PAYMENT_TIMED_OUT;
            // a declined card leaves the booking held, with the reason
            case "HOLD" -> Outcome.PAYMENT_DECLINED;
            default -> Outcome.ERROR;
        };
        return new Result(bookingId, outcome, outcome == Outcome.CONFIRMED ? null : "payment: " + pay.summary(),
                quoteStart, quoteEnd, holdStart, holdEnd, payStart, payEnd);
    }
}
