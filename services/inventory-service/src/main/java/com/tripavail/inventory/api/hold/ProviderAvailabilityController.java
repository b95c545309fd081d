package com.tripavail.inventory.api.hold;

import com.tripavail.inventory.query.availability.AvailabilityQueries;
import com.tripavail.inventory.query.availability.AvailabilityQueries.DepartureOccupancyView;
import com.tripavail.inventory.query.availability.AvailabilityQueries.NightOccupancyView;
import com.tripavail.platform.security.CurrentUser;
import com.tripavail.platform.web.BadRequestException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A provider's occupancy calendar (held, sold, free per night) and upcoming departures with seats sold. */
@RestController
public class ProviderAvailabilityController {

    static final int MAX_DAYS = 366;

    private final AvailabilityQueries queries;
    private final ProviderOwnership ownership;

    public ProviderAvailabilityController(AvailabilityQueries queries, ProviderOwnership ownership) {
        this.queries = queries;
        this.ownership = ownership;
    }

    @GetMapping("/api/provider/room-types/{roomTypeId}/occupancy")
    public List<NightOccupancyView> occupancy(@PathVariable String roomTypeId, @RequestParam LocalDate from,
                                              @RequestParam LocalDate to, CurrentUser user) {
        checkRange(from, to);
        ownership.requireRoomTypeOwner(roomTypeId, user);
        return queries.occupancy(roomTypeId, from, to);
    }

    @GetMapping("/api/provider/departures")
    public List<DepartureOccupancyView> departures(@RequestParam LocalDate from, @RequestParam LocalDate to,
                                                   CurrentUser user) {
        checkRange(from, to);
        List<String> providers = ownership.providersOf(user);
        return providers.isEmpty() ? List.of() : queries.departures(providers, from, to);
    }

    private static void checkRange(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new BadRequestException("to must not be before from");
        }
        if (ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
            throw new BadRequestException("at most " + MAX_DAYS + " days at a time");
        }
    }
}
