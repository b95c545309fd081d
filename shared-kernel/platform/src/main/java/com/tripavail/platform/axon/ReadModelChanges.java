package com.tripavail.platform.axon;

import com.tripavail.platform.web.RequestAdmission;
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
    private final Map<String, Watched> watched = new ConcurrentHashMap<>();

    public ReadModelChanges(Duration lookAgain) {
        this.lookAgain = lookAgain;
    }

    /**
     * Registers interest before reading, so a change between the read and the wait is not missed.
     * Close it when done: a row nobody watches any more is forgotten, changed or not.
     */
    public Watch watch(String id) {
        Watched entry = watched.compute(id, (key, existing) -> {
            Watched current = existing != null ? existing : new Watched();
            current.watchers++;
            return current;
        });
        return new Watch(id, entry);
    }

    public void changed(String id) {
        Watched entry = watched.remove(id);
        if (entry != null) {
            entry.change.complete(null);
        }
    }

    /** How many rows are watched now. */
    int watchedRows() {
        return watched.size();
    }

    /** The next change of one row; everyone watching that row shares it. */
    private static final class Watched {
        final CompletableFuture<Void> change = new CompletableFuture<>();
        int watchers;   // changed under the map's lock (compute), never elsewhere
    }

    public final class Watch implements AutoCloseable {

        private final String id;
        private final Watched entry;

        private Watch(String id, Watched entry) {
            this.id = id;
            this.entry = entry;
        }

        /**
         * Waits for the change, at most {@code atMost} and at most until the next look. The request
         * gives back its admission slot first ({@link RequestAdmission#stepAside()}): it does no work
         * while it waits, and the rest of it is one read.
         *
         * @return whether the row changed (false: time to look again, or interrupted)
         */
        public boolean await(Duration atMost) {
            RequestAdmission.stepAside();
            try {
                entry.change.get(Math.min(atMost.toMillis(), lookAgain.toMillis()), TimeUnit.MILLISECONDS);
                return true;
            } catch (TimeoutException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            } catch (ExecutionException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void close() {
            watched.computeIfPresent(id, (key, current) -> current == entry && --current.watchers == 0 ? null : current);
        }
    }
}
