package com.tripavail.inventory.query.availability;

import static com.tripavail.inventory.jooq.Tables.DEPARTURE_VIEW;
import static com.tripavail.inventory.jooq.Tables.ROOM_NIGHT_VIEW;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** Reads of the availability views for providers. */
@Component
public class AvailabilityQueries {

    /** One open night of a room type: held, sold and free units, price in force, closure. */
    public record NightOccupancyView(LocalDate night, int units, int held, int sold, int free, BigDecimal price,
                                     String currency, boolean closed) {
    }

    /** One tour departure with its seats. */
    public record DepartureOccupancyView(String departureId, String packageId, LocalDate departureDate, int seats,
                                         int held, int sold, int free, BigDecimal pricePerSeat, String currency) {
    }

    private final DSLContext dsl;

    public AvailabilityQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Open nights of {@code roomTypeId} from {@code from} to {@code to}, both included. */
    public List<NightOccupancyView> occupancy(String roomTypeId, LocalDate from, LocalDate to) {
        return dsl.selectFrom(ROOM_NIGHT_VIEW)
                .where(ROOM_NIGHT_VIEW.ROOM_TYPE_ID.eq(roomTypeId))
                .and(ROOM_NIGHT_VIEW.NIGHT.between(from, to))
                .orderBy(ROOM_NIGHT_VIEW.NIGHT)
                .fetch(r -> new NightOccupancyView(r.getNight(), r.getUnits(), r.getHeld(), r.getSold(),
                        Math.max(0, r.getUnits() - r.getHeld() - r.getSold()), r.getPriceAmount(),
                        r.getCurrency(), r.getClosed()));
    }

    /** Departures of the given providers from {@code from} to {@code to}, both included, soonest first. */
    public List<DepartureOccupancyView> departures(Collection<String> providerIds, LocalDate from, LocalDate to) {
        return dsl.selectFrom(DEPARTURE_VIEW)
                .where(DEPARTURE_VIEW.PROVIDER_ID.in(providerIds))
                .and(DEPARTURE_VIEW.DEPARTURE_DATE.between(from, to))
                .orderBy(DEPARTURE_VIEW.DEPARTURE_DATE, DEPARTURE_VIEW.DEPARTURE_ID)
                .fetch(r -> new DepartureOccupancyView(r.getDepartureId(), r.getPackageId(), r.getDepartureDate(),
                        r.getSeats(), r.getHeld(), r.getSold(), Math.max(0, r.getSeats() - r.getHeld() - r.getSold()),
                        r.getPriceAmount(), r.getCurrency()));
    }
}
