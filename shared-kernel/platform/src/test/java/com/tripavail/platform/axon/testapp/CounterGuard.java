package com.tripavail.platform.axon.testapp;

import com.tripavail.platform.axon.testapp.CounterApi.CounterIncrementedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * The subscribing {@value #GROUP} processing group: runs in the command's unit of work, writes a
 * row with jOOQ, then refuses increments labelled {@value #EXPLODE_LABEL}. Its errors propagate
 * ({@link CounterTestApplication}), so the command fails and its transaction rolls back.
 */
@Component
@ProcessingGroup(CounterGuard.GROUP)
public class CounterGuard {

    public static final String GROUP = "counter-guard";
    public static final String EXPLODE_LABEL = "explode";

    private final DSLContext dsl;

    public CounterGuard(DSLContext dsl) {
        this.dsl = dsl;
    }

    @EventHandler
    void on(CounterIncrementedEvent event) {
        dsl.execute("INSERT INTO counter_guard_log (counter_id, total) VALUES (?, ?)", event.counterId(), event.total());
        if (EXPLODE_LABEL.equals(event.label())) {
            throw new IllegalStateException("guard refuses counter " + event.counterId());
        }
    }
}
