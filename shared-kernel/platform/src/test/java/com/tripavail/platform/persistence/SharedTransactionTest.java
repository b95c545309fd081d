package com.tripavail.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tripavail.platform.axon.testapp.AxonKafkaTestBase;
import com.tripavail.platform.axon.testapp.CounterApi.IncrementCounterCommand;
import com.tripavail.platform.axon.testapp.CounterGuard;
import org.junit.jupiter.api.Test;

/**
 * Axon's event store and jOOQ write in one transaction (the platform's JdbcTransactionManager behind
 * Axon's SpringTransactionManager): a subscribing handler that fails takes the command's events with it.
 */
class SharedTransactionTest extends AxonKafkaTestBase {

    @Test
    void givenASubscribingHandler_whenTheCommandSucceeds_thenItsRowAndTheEventAreCommittedTogether() {
        String counterId = newId("committed");

        commands.sendAndWait(new IncrementCounterCommand(counterId, 2, "fine"));

        assertThat(events(counterId)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM counter_guard_log WHERE counter_id = ?", counterId)).isEqualTo(1);
    }

    @Test
    void givenASubscribingHandlerThatThrows_whenANewAggregateIsCreated_thenNothingIsStored() {
        String counterId = newId("rolled-back");

        assertThatThrownBy(() -> commands.sendAndWait(new IncrementCounterCommand(counterId, 1,
                CounterGuard.EXPLODE_LABEL))).hasMessageContaining("guard refuses counter " + counterId);

        assertThat(events(counterId)).isZero();
        assertThat(count("SELECT count(*) FROM counter_guard_log WHERE counter_id = ?", counterId)).isZero();
    }

    @Test
    void givenASubscribingHandlerThatThrows_whenAnExistingAggregateChanges_thenOnlyThatCommandIsRolledBack() {
        String counterId = newId("partly");
        commands.sendAndWait(new IncrementCounterCommand(counterId, 1, "fine"));

        assertThatThrownBy(() -> commands.sendAndWait(new IncrementCounterCommand(counterId, 100,
                CounterGuard.EXPLODE_LABEL))).hasMessageContaining("guard refuses counter " + counterId);
        commands.sendAndWait(new IncrementCounterCommand(counterId, 5, "fine again"));

        assertThat(events(counterId)).isEqualTo(2);
        // the aggregate was sourced without the failed increment: 1 + 5
        assertThat(dsl.fetch("SELECT total FROM counter_guard_log WHERE counter_id = ? ORDER BY total", counterId)
                .getValues(0, Integer.class)).containsExactly(1, 6);
        assertThat(dsl.fetch("SELECT sequencenumber FROM domainevententry WHERE aggregateidentifier = ? "
                + "ORDER BY sequencenumber", counterId).getValues(0, Long.class)).containsExactly(0L, 1L);
    }

    private int events(String counterId) {
        return count("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?", counterId);
    }
}
