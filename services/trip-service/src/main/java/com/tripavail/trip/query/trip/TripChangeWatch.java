package com.tripavail.trip.query.trip;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.stereotype.Component;

/**
 * Wakes requests waiting for the trip view to show a change. A change projected in this instance wakes its
 * waiters at once; one projected by another instance is seen at the next look, at most {@link #LOOK_AGAIN}
 * later.
 */
@Component
public class TripChangeWatch {

    static final Duration LOOK_AGAIN = Duration.ofMillis(250);

    private final Map<String, CompletableFuture<Void>> waiting = new ConcurrentHashMap<>();

    /** Registers interest before reading, so a change between the read and the wait is not missed. */
    CompletableFuture<Void> nextChange(String tripId) {
        return waiting.computeIfAbsent(tripId, id -> new CompletableFuture<>());
    }

    void changed(String tripId) {
        CompletableFuture<Void> change = waiting.remove(tripId);
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
