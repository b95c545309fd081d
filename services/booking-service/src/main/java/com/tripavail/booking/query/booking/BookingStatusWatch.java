package com.tripavail.booking.query.booking;

import com.tripavail.platform.axon.ReadModelChanges;
import java.time.Duration;
import org.springframework.stereotype.Component;

/** Wakes requests waiting for a booking to leave a transitional state. */
@Component
public class BookingStatusWatch extends ReadModelChanges {

    public BookingStatusWatch() {
        super(Duration.ofMillis(500));
    }
}
