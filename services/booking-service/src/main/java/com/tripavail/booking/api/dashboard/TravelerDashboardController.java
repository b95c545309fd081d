package com.tripavail.booking.api.dashboard;

import com.tripavail.booking.query.dashboard.DashboardQueries;
import com.tripavail.booking.query.dashboard.DashboardQueries.Page;
import com.tripavail.booking.query.dashboard.DashboardQueries.TravelerBookingView;
import com.tripavail.platform.security.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The traveller's dashboard: their own bookings, newest first, with the hold countdown. */
@RestController
public class TravelerDashboardController {

    private final DashboardQueries queries;

    public TravelerDashboardController(DashboardQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/bookings/mine")
    public Page<TravelerBookingView> mine(@RequestParam(required = false) Integer page,
                                          @RequestParam(required = false) Integer size, CurrentUser user) {
        PageParameters paging = PageParameters.of(page, size);
        return queries.travelerBookings(user.userId(), paging.page(), paging.size());
    }
}
