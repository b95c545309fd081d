package com.tripavail.platform.axon.testapp;

import com.tripavail.platform.axon.testapp.CounterApi.CounterIncrementedEvent;
import com.tripavail.platform.axon.testapp.CounterApi.CounterNoteAddedEvent;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * The {@value #GROUP} projection: one row per counter, derived only from the events (their
 * timestamps, never the clock), so a replay must rebuild identical rows.
 */
@Component
@ProcessingGroup(CounterViewProjection.GROUP)
public class CounterViewProjection {

    public static final String GROUP = "counter-view";

    private final DSLContext dsl;
    private final AtomicInteger resets = new AtomicInteger();
    private final AtomicInteger replayedEvents = new AtomicInteger();

    public CounterViewProjection(DSLContext dsl) {
        this.dsl = dsl;
    }

    @EventHandler
    void on(CounterIncrementedEvent event, @SequenceNumber long sequence, @Timestamp Instant at, ReplayStatus status) {
        countReplay(status);
        dsl.execute("""
                INSERT INTO counter_view (counter_id, total, increments, last_label, last_sequence, updated_at)
                VALUES (?, ?, 1, ?, ?, CAST(? AS TIMESTAMPTZ))
                ON CONFLICT (counter_id) DO UPDATE SET total = excluded.total,
                    increments = counter_view.increments + 1, last_label = excluded.last_label,
                    last_sequence = excluded.last_sequence, updated_at = excluded.updated_at
                """, event.counterId(), event.total(), event.label(), sequence, utc(at));
    }

    @EventHandler
    void on(CounterNoteAddedEvent event, @SequenceNumber long sequence, @Timestamp Instant at, ReplayStatus status) {
        countReplay(status);
        dsl.execute("UPDATE counter_view SET last_note = ?, last_sequence = ?, updated_at = CAST(? AS TIMESTAMPTZ) WHERE counter_id = ?",
                event.note(), sequence, utc(at), event.counterId());
    }

    @ResetHandler
    void reset() {
        dsl.execute("DELETE FROM counter_view");
        resets.incrementAndGet();
    }

    public int resets() {
        return resets.get();
    }

    public int replayedEvents() {
        return replayedEvents.get();
    }

    private void countReplay(ReplayStatus status) {
        if (status.isReplay()) {
            replayedEvents.incrementAndGet();
        }
    }

    /** ISO-8601 text (plain SQL would bind a java.time value as VARCHAR): exact to the microsecond. */
    private static String utc(Instant at) {
        return at.toString();
    }
}
