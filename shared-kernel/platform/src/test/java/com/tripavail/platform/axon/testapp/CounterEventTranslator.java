package com.tripavail.platform.axon.testapp;

import com.tripavail.platform.axon.testapp.CounterApi.CounterIncrementedEvent;
import com.tripavail.platform.kafka.PublicEventTranslator;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.stereotype.Component;

/**
 * Publishes increments; notes and reminder requests stay private. While {@link #failing()} is set,
 * increments labelled {@value #UNPUBLISHABLE_LABEL} cannot be translated (a publication that fails).
 */
@Component
public class CounterEventTranslator implements PublicEventTranslator {

    public static final String UNPUBLISHABLE_LABEL = "unpublishable";

    private final AtomicBoolean failing = new AtomicBoolean(false);

    @Override
    public Optional<Object> translate(Object domainEvent) {
        if (domainEvent instanceof CounterIncrementedEvent event) {
            if (UNPUBLISHABLE_LABEL.equals(event.label()) && failing.get()) {
                throw new IllegalStateException("cannot publish counter " + event.counterId() + " yet");
            }
            return Optional.of(new TestCounterIncremented(event.counterId(), event.amount(), event.total(),
                    event.label()));
        }
        return Optional.empty();
    }

    public AtomicBoolean failing() {
        return failing;
    }
}
