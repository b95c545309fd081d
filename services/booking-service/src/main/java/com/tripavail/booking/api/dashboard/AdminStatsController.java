package com.tripavail.booking.api.dashboard;

import com.tripavail.booking.query.dashboard.DashboardQueries;
import com.tripavail.booking.query.dashboard.DashboardQueries.Granularity;
import com.tripavail.booking.query.dashboard.DashboardQueries.PeriodStatsView;
import com.tripavail.platform.web.BadRequestException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The admin's booking statistics per day or month (ADMIN only, as everything under /api/admin). */
@RestController
public class AdminStatsController {

    static final long MAX_DAYS_BY_DAY = 366;
    static final long MAX_MONTHS_BY_MONTH = 120;

    private final DashboardQueries queries;

    public AdminStatsController(DashboardQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/admin/stats")
    public List<PeriodStatsView> stats(@RequestParam LocalDate from, @RequestParam LocalDate to,
                                       @RequestParam(defaultValue = "DAY") Granularity granularity) {
        if (to.isBefore(from)) {
            throw new BadRequestException("to (" + to + ") must not be before from (" + from + ")");
        }
        if (granularity == Granularity.DAY && ChronoUnit.DAYS.between(from, to) >= MAX_DAYS_BY_DAY) {
            throw new BadRequestException("at most " + MAX_DAYS_BY_DAY + " days by DAY; use granularity=MONTH");
        }
        if (granularity == Granularity.MONTH && ChronoUnit.MONTHS.between(from, to) >= MAX_MONTHS_BY_MONTH) {
            throw new BadRequestException("at most " + MAX_MONTHS_BY_MONTH + " months by MONTH");
        }
        return queries.stats(from, to, granularity);
    }
}
