package com.tripavail.trip;

import com.tripavail.contracts.Money;
import com.tripavail.trip.event.LegSnapshot;
import com.tripavail.trip.event.RouteSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Routes as a search offers them, for trip tests: Noida → Agra by train, a night's stay in Agra, a walk to the
 * bus stand and a bus to Jaipur, for two passengers, starting at {@code departure}. Leg 0 (train) and leg 3
 * (bus) are transport, leg 1 a STAY (booked on the marketplace), leg 2 a walk (never booked).
 */
public final class TripRoutes {

    public static final int TRAIN = 0;
    public static final int STAY = 1;
    public static final int WALK = 2;
    public static final int BUS = 3;

    private TripRoutes() {
    }

    public static RouteSnapshot noidaAgraJaipur(String searchId, Instant departure) {
        Instant trainArrives = departure.plus(Duration.ofHours(3));
        Instant stayEnds = trainArrives.plus(Duration.ofHours(20));
        Instant walkEnds = stayEnds.plus(Duration.ofMinutes(10));
        Instant busDeparts = walkEnds.plus(Duration.ofMinutes(20));
        Instant busArrives = busDeparts.plus(Duration.ofHours(5));
        List<LegSnapshot> legs = List.of(
                new LegSnapshot(TRAIN, "TRANSIT", "RAIL", "Indian Railways", "Gatimaan Express", "rail:NOI",
                        "Noida", "rail:AGC", "Agra Cantt", departure, trainArrives, 180, Money.of("750", "INR"),
                        "IRCTC", "https://www.irctc.co.in/nget/train-search?from=NOI&to=AGC", null),
                new LegSnapshot(STAY, "STAY", "STAY", null, null, "rail:AGC", "Agra Cantt", "rail:AGC",
                        "Agra Cantt", trainArrives, stayEnds, 1200, Money.of("0", "INR"), "TripAvail",
                        "https://tripavail.local/stays?city=Agra", "Agra"),
                new LegSnapshot(WALK, "WALK", "WALK", null, null, "rail:AGC", "Agra Cantt", "bus:AGB",
                        "Agra Bus Stand", stayEnds, walkEnds, 10, Money.of("0", "INR"), null, null, null),
                new LegSnapshot(BUS, "TRANSIT", "BUS", "RSRTC", "Agra – Jaipur Volvo", "bus:AGB", "Agra Bus Stand",
                        "bus:JPR", "Jaipur Sindhi Camp", busDeparts, busArrives, 300, Money.of("450", "INR"),
                        "redBus", "https://www.redbus.in/bus-tickets/agra-to-jaipur?onward=2026-12-01#top", null));
        return new RouteSnapshot(searchId, 0, "BALANCED", 2, legs, departure, busArrives,
                Duration.between(departure, busArrives).toMinutes(), Money.of("2400", "INR"), 1);
    }
}
