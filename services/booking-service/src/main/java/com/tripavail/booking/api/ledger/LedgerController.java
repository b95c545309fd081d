package com.tripavail.booking.api.ledger;

import com.tripavail.booking.api.dashboard.DateRangeParameters;
import com.tripavail.booking.api.dashboard.PageParameters;
import com.tripavail.booking.query.ledger.LedgerAccount;
import com.tripavail.booking.query.ledger.LedgerQueries;
import com.tripavail.booking.query.ledger.LedgerQueries.LedgerBalance;
import com.tripavail.booking.query.ledger.LedgerQueries.LedgerFilter;
import com.tripavail.booking.query.ledger.LedgerQueries.LedgerPage;
import com.tripavail.platform.web.BadRequestException;
import java.time.LocalDate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The ledger for admins (ADMIN only, as everything under /api/admin): entries by filter, and the balance check. */
@RestController
public class LedgerController {

    /** Days of entries a filter without a booking may span. */
    static final long MAX_DAYS = 3 * 366;

    private final LedgerQueries queries;

    public LedgerController(LedgerQueries queries) {
        this.queries = queries;
    }

    /**
     * Entries of a booking, an account and a period ({@code from}, {@code to}: days in UTC, both
     * included), oldest first, with debits, credits and whether they balance over every entry
     * the filter selects.
     */
    @GetMapping("/api/admin/ledger")
    public LedgerPage entries(@RequestParam(required = false) String bookingId,
                              @RequestParam(required = false) LedgerAccount account,
                              @RequestParam(required = false) LocalDate from,
                              @RequestParam(required = false) LocalDate to,
                              @RequestParam(required = false) Integer page,
                              @RequestParam(required = false) Integer size) {
        if (bookingId != null && bookingId.isBlank()) {
            throw new BadRequestException("bookingId must not be blank");
        }
        DateRangeParameters range = DateRangeParameters.of(from, to, MAX_DAYS);
        PageParameters paging = PageParameters.of(page, size);
        return queries.entries(new LedgerFilter(bookingId, account, range.fromInstant(), range.toInstantExclusive()),
                paging.page(), paging.size());
    }

    /** Debits equal credits per booking and in total? Lists the bookings where they do not. */
    @GetMapping("/api/admin/ledger/balance")
    public LedgerBalance balance() {
        return queries.balance();
    }
}
