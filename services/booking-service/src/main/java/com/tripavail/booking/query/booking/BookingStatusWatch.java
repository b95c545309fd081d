package com.tripavail.booking.query.booking;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.stereotype.Component;

/**
 * Wakes requests waiting for a booking to change. A change committed in this instance wakes its
 * waiters at once; one committed by another instance is seen at the waiter's next look, so a
 * waiter never sleeps longer than {@link #LOOK_AGAIN} between reads.
 */
@Component
public class BookingStatusWatch {

    static final Duration LOOK_AGAIN = Duration.ofMillis(500);

    private final Map<String, CompletableFuture<Void>> waiting = new ConcurrentHashMap<>();

    /** Registers interest before reading, so a change between the read and the wait is not missed. */
    CompletableFuture<Void> nextChange(String bookingId) {
        return waiting.computeIfAbsent(bookingId, id -> new CompletableFuture<>());
    }

    void changed(String bookingId) {
        CompletableFuture<Void> change = waiting.remove(bookingId);
        if (change != null) {
            change.complete(null);
        }
    }

    static void await(CompletableFuture<Void> change, Duration atMost) {
        try {
            change.get(Math.min(atMost.toMillis(), LOOK_AGAIN.toMillis()), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // look again
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }
}
