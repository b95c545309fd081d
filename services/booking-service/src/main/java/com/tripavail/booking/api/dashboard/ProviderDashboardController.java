package com.tripavail.booking.api.dashboard;

import com.tripavail.booking.event.BookingStatus;
import com.tripavail.booking.query.dashboard.DashboardQueries;
import com.tripavail.booking.query.dashboard.DashboardQueries.MovementView;
import com.tripavail.booking.query.dashboard.DashboardQueries.Page;
import com.tripavail.booking.query.dashboard.DashboardQueries.ProductPerformanceView;
import com.tripavail.booking.query.dashboard.DashboardQueries.ProviderBookingView;
import com.tripavail.platform.security.CurrentUser;
import com.tripavail.platform.web.BadRequestException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A provider's dashboard over all of the caller's provider profiles: bookings, arrivals and departures, performance. */
@RestController
public class ProviderDashboardController {

    static final long MAX_MOVEMENT_DAYS = 366;
    static final long MAX_PERFORMANCE_DAYS = 3 * 366;
    /** Arrivals without dates: the next two weeks. */
    static final int DEFAULT_MOVEMENT_DAYS = 14;

    private final DashboardQueries queries;
    private final ProviderCallers callers;
    private final Clock clock;

    public ProviderDashboardController(DashboardQueries queries, ProviderCallers callers, Clock clock) {
        this.queries = queries;
        this.callers = callers;
        this.clock = clock;
    }

    @GetMapping("/api/providers/me/bookings")
    public Page<ProviderBookingView> bookings(@RequestParam(required = false) BookingStatus status,
                                              @RequestParam(required = false) Integer page,
                                              @RequestParam(required = false) Integer size, CurrentUser user) {
        PageParameters paging = PageParameters.of(page, size);
        return queries.providerBookings(callers.profilesOf(user), status, paging.page(), paging.size());
    }

    /** Confirmed bookings arriving or leaving from {@code from} (default today, UTC) to {@code to} (default two weeks on). */
    @GetMapping("/api/providers/me/arrivals")
    public List<MovementView> arrivals(@RequestParam(required = false) LocalDate from,
                                       @RequestParam(required = false) LocalDate to, CurrentUser user) {
        LocalDate start = from != null ? from : LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate end = to != null ? to : start.plusDays(DEFAULT_MOVEMENT_DAYS);
        DateRangeParameters range = DateRangeParameters.of(start, end, MAX_MOVEMENT_DAYS);
        return queries.movements(callers.profilesOf(user), range.from(), range.to());
    }

    @GetMapping("/api/providers/me/performance")
    public List<ProductPerformanceView> performance(@RequestParam LocalDate from, @RequestParam LocalDate to,
                                                    CurrentUser user) {
        DateRangeParameters range = DateRangeParameters.of(from, to, MAX_PERFORMANCE_DAYS);
        if (range.from() == null || range.to() == null) {
            throw new BadRequestException("from and to are required");
        }
        return queries.performance(callers.profilesOf(user), range.from(), range.to());
    }
}
