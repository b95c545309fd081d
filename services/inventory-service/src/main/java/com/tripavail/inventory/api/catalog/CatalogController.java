package com.tripavail.inventory.api.catalog;

import com.tripavail.inventory.query.catalog.CatalogQueries;
import com.tripavail.inventory.query.catalog.CatalogViews.HotelPackageView;
import com.tripavail.inventory.query.catalog.CatalogViews.ListingDetailView;
import com.tripavail.inventory.query.catalog.CatalogViews.ListingSearchResult;
import com.tripavail.inventory.query.catalog.CatalogViews.ProviderProductView;
import com.tripavail.inventory.query.catalog.CatalogViews.TourPackageView;
import com.tripavail.inventory.event.ProductStatus;
import com.tripavail.platform.security.CurrentUser;
import com.tripavail.platform.web.BadRequestException;
import com.tripavail.platform.web.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public catalogue (search, listing detail, packages) and a provider's own products. */
@RestController
public class CatalogController {

    static final int MAX_STAY_NIGHTS = 30;
    static final int MAX_CALENDAR_DAYS = 90;
    static final int MAX_BROWSE_DAYS = 366;
    static final int MAX_GUESTS = 20;

    private final CatalogQueries queries;
    private final CatalogCallers callers;
    private final Clock clock;

    public CatalogController(CatalogQueries queries, CatalogCallers callers, Clock clock) {
        this.queries = queries;
        this.callers = callers;
        this.clock = clock;
    }

    @GetMapping("/api/catalog/listings")
    public List<ListingSearchResult> search(@RequestParam String city,
                                            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate checkIn,
                                            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate checkOut,
                                            @RequestParam(defaultValue = "1") int guests) {
        requireCity(city);
        if (!checkOut.isAfter(checkIn)) {
            throw new BadRequestException("checkOut must be after checkIn");
        }
        if (ChronoUnit.DAYS.between(checkIn, checkOut) > MAX_STAY_NIGHTS) {
            throw new BadRequestException("a stay is at most " + MAX_STAY_NIGHTS + " nights");
        }
        if (guests < 1 || guests > MAX_GUESTS) {
            throw new BadRequestException("guests must be between 1 and " + MAX_GUESTS);
        }
        return queries.searchListings(city, checkIn, checkOut, guests);
    }

    @GetMapping("/api/catalog/listings/{listingId}")
    public ListingDetailView listing(@PathVariable String listingId,
                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                     LocalDate from,
                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                     LocalDate to) {
        LocalDate start = from == null ? LocalDate.now(clock) : from;
        LocalDate end = to == null ? start.plusDays(30) : to;
        window(start, end, MAX_CALENDAR_DAYS);
        return queries.listing(listingId, start, end)
                .orElseThrow(() -> new NotFoundException("no published listing " + listingId));
    }

    @GetMapping("/api/catalog/hotel-packages")
    public List<HotelPackageView> hotelPackages(@RequestParam String city,
                                                @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                                @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        requireCity(city);
        window(from, to.plusDays(1), MAX_BROWSE_DAYS);
        return queries.hotelPackages(city, from, to);
    }

    @GetMapping("/api/catalog/tour-packages")
    public List<TourPackageView> tourPackages(@RequestParam String city,
                                              @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                              @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        requireCity(city);
        window(from, to.plusDays(1), MAX_BROWSE_DAYS);
        return queries.tourPackages(city, from, to);
    }

    @GetMapping("/api/provider/products")
    public List<ProviderProductView> myProducts(@RequestParam(required = false) ProductStatus status,
                                                CurrentUser user) {
        return queries.productsOf(callers.anyProvider(user), status == null ? null : status.name());
    }

    private static void requireCity(String city) {
        if (city.isBlank() || city.length() > 100 || city.indexOf('\0') >= 0) {
            throw new BadRequestException("city must be a name of at most 100 characters");
        }
    }

    /** {@code from} inclusive, {@code to} exclusive: at least one day, at most {@code max}. */
    private static void window(LocalDate from, LocalDate to, int max) {
        if (!to.isAfter(from)) {
            throw new BadRequestException("the date window must end after it starts");
        }
        if (ChronoUnit.DAYS.between(from, to) > max) {
            throw new BadRequestException("the date window is at most " + max + " days");
        }
    }
}
