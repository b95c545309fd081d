package com.tripavail.platform.axon.testapp;

import com.tripavail.platform.axon.testapp.CounterApi.CounterIncrementedEvent;
import com.tripavail.platform.kafka.PublicEventTranslator;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Publishes increments; notes and reminder requests stay private. */
@Component
public class CounterEventTranslator implements PublicEventTranslator {

    @Override
    public Optional<Object> translate(Object domainEvent) {
        if (domainEvent instanceof CounterIncrementedEvent event) {
            return Optional.of(new TestCounterIncremented(event.counterId(), event.amount(), event.total(),
                    event.label()));
        }
        return Optional.empty();
    }
}
