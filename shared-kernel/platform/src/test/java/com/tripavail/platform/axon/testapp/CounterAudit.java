package com.tripavail.platform.axon.testapp;

import org.jooq.DSLContext;
import com.tripavail.platform.axon.testapp.CounterApi.CounterIncrementedEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

/**
 * The {@value #GROUP} processing group (dead-letter queue enabled): refuses increments labelled
 * {@value #POISON_LABEL} while {@link #failing()} is set, so they are parked as dead letters.
 */
@Component
@ProcessingGroup(CounterAudit.GROUP)
public class CounterAudit {

    public static final String GROUP = "counter-audit";
    public static final String POISON_LABEL = "poison";
    /** Fails inside PostgreSQL, which aborts the transaction: the savepoint per handler must contain it. */
    public static final String SQL_POISON_LABEL = "sql-poison";

    private final AtomicBoolean failing = new AtomicBoolean(true);
    private final DSLContext dsl;
    private final List<String> handledEventIds = new CopyOnWriteArrayList<>();

    public CounterAudit(DSLContext dsl) {
        this.dsl = dsl;
    }

    @EventHandler
    void on(CounterIncrementedEvent event, EventMessage<?> message) {
        if (SQL_POISON_LABEL.equals(event.label()) && failing.get()) {
            dsl.execute("SELECT 1 / 0");
        }
        if (POISON_LABEL.equals(event.label()) && failing.get()) {
            throw new IllegalStateException("audit refuses poisoned counter " + event.counterId());
        }
        handledEventIds.add(message.getIdentifier());
    }

    public AtomicBoolean failing() {
        return failing;
    }

    public List<String> handledEventIds() {
        return List.copyOf(handledEventIds);
    }
}
