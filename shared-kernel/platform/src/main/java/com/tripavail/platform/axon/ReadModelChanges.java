package com.tripavail.platform.axon;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Wakes requests waiting for a read model row (a booking, a trip) to change, so a client can wait
 * for a result instead of polling blind. A projection calls {@link #changed} once its change is
 * committed; a change committed by another instance is seen at the waiter's next look, so a waiter
 * never sleeps longer than {@code lookAgain} between reads. A service declares one bean per read
 * model it lets clients wait on.
 */
public class ReadModelChanges {

    private final Duration lookAgain;
    private final Map<String, CompletableFuture<Void>> waiting = new ConcurrentHashMap<>();

    public ReadModelChanges(Duration lookAgain) {
        this.lookAgain = lookAgain;
    }

    /** Registers interest before reading, so a change between the read and the wait is not missed. */
    public CompletableFuture<Void> nextChange(String id) {
        return waiting.computeIfAbsent(id, key -> new CompletableFuture<>());
    }

    public void changed(String id) {
        CompletableFuture<Void> change = waiting.remove(id);
        if (change != null) {
            change.complete(null);
        }
    }

    /** Waits for {@code change}, at most {@code atMost} and at most until the next look. */
    public void await(CompletableFuture<Void> change, Duration atMost) {
        try {
            change.get(Math.min(atMost.toMillis(), lookAgain.toMillis()), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // look again
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }
}
