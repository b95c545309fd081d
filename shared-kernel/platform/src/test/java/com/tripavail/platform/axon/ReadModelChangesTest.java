package com.tripavail.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ReadModelChangesTest {

    private final ReadModelChanges changes = new ReadModelChanges(Duration.ofSeconds(30));

    @Test
    void givenAWatchClosedWithoutAChange_thenTheRowIsForgotten() {
        try (ReadModelChanges.Watch ignored = changes.watch("booking-1")) {
            assertThat(changes.watchedRows()).isEqualTo(1);
        }
        assertThat(changes.watchedRows()).isZero();
    }

    @Test
    void givenAWaiter_whenTheRowChanges_thenItWakesAtOnce() throws Exception {
        CompletableFuture<Long> waited;
        try (ReadModelChanges.Watch watch = changes.watch("booking-2")) {
            waited = CompletableFuture.supplyAsync(() -> {
                long start = System.nanoTime();
                watch.await(Duration.ofSeconds(30));
                return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            });
            changes.changed("booking-2");
            assertThat(waited.get(10, TimeUnit.SECONDS)).isLessThan(10_000);
        }
        assertThat(changes.watchedRows()).isZero();
    }

    @Test
    void givenTwoWatchersOfARow_whenOneLeaves_thenTheOtherIsStillWoken() throws Exception {
        ReadModelChanges.Watch staying = changes.watch("booking-3");
        changes.watch("booking-3").close();
        assertThat(changes.watchedRows()).isEqualTo(1);

        CompletableFuture<Void> waited = CompletableFuture.runAsync(() -> staying.await(Duration.ofSeconds(30)));
        changes.changed("booking-3");
        waited.get(10, TimeUnit.SECONDS);
        staying.close();
        assertThat(changes.watchedRows()).isZero();
    }

    @Test
    void theWaitSaysWhetherTheRowChangedOrItIsTimeToLookAgain() {
        ReadModelChanges quickLooks = new ReadModelChanges(Duration.ofMillis(20));
        try (ReadModelChanges.Watch watch = quickLooks.watch("booking-4")) {
            assertThat(watch.await(Duration.ofSeconds(30))).isFalse();
        }
        try (ReadModelChanges.Watch watch = quickLooks.watch("booking-4")) {
            quickLooks.changed("booking-4");
            assertThat(watch.await(Duration.ofSeconds(30))).isTrue();
        }
    }
}
