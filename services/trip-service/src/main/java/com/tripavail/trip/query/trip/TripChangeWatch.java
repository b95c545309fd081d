package com.tripavail.trip.query.trip;

import com.tripavail.platform.axon.ReadModelChanges;
import java.time.Duration;
import org.springframework.stereotype.Component;

/** Wakes requests waiting for the trip view to show a change. */
@Component
public class TripChangeWatch extends ReadModelChanges {

    public TripChangeWatch() {
        super(Duration.ofMillis(250));
    }
}
