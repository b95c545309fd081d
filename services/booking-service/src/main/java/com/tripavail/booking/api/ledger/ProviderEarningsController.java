package com.tripavail.booking.api.ledger;

import com.tripavail.booking.api.dashboard.DateRangeParameters;
import com.tripavail.booking.api.dashboard.PageParameters;
import com.tripavail.booking.api.dashboard.ProviderCallers;
import com.tripavail.booking.query.ledger.LedgerQueries;
import com.tripavail.booking.query.ledger.LedgerQueries.EarningsPage;
import com.tripavail.platform.security.CurrentUser;
import java.time.LocalDate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A provider's earnings from the ledger: entries on PROVIDER_EARNINGS of the caller's profiles and the net. */
@RestController
public class ProviderEarningsController {

    static final long MAX_DAYS = 3 * 366;

    private final LedgerQueries queries;
    private final ProviderCallers callers;

    public ProviderEarningsController(LedgerQueries queries, ProviderCallers callers) {
        this.queries = queries;
        this.callers = callers;
    }

    @GetMapping("/api/providers/me/earnings")
    public EarningsPage earnings(@RequestParam(required = false) LocalDate from,
                                 @RequestParam(required = false) LocalDate to,
                                 @RequestParam(required = false) Integer page,
                                 @RequestParam(required = false) Integer size, CurrentUser user) {
        DateRangeParameters range = DateRangeParameters.of(from, to, MAX_DAYS);
        PageParameters paging = PageParameters.of(page, size);
        return queries.earnings(callers.profilesOf(user), range.fromInstant(), range.toInstantExclusive(),
                paging.page(), paging.size());
    }
}
