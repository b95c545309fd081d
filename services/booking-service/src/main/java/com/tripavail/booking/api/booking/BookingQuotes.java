package com.tripavail.booking.api.booking;

import com.tripavail.booking.api.booking.BookingRequests.QuoteRequest;
import com.tripavail.booking.command.CreateBookingQuoteCommand;
import com.tripavail.booking.command.PricingTerms;
import com.tripavail.booking.config.BookingProperties;
import com.tripavail.booking.event.BookedProduct;
import com.tripavail.booking.event.PriceLine;
import com.tripavail.booking.event.ProductType;
import com.tripavail.booking.query.catalog.BookableCatalogue;
import com.tripavail.booking.query.catalog.BookableCatalogue.HotelPackageOffer;
import com.tripavail.booking.query.catalog.BookableCatalogue.RoomOffer;
import com.tripavail.booking.query.catalog.BookableCatalogue.TourOffer;
import com.tripavail.contracts.Money;
import com.tripavail.platform.web.UnprocessableException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Prices a quote request from booking's copy of the catalogue: nights × the room type's base
 * price × rooms, persons × a hotel package's price per person, or seats × a departure's seat
 * price, with the product type's terms. Inventory's held prices (night overrides included)
 * replace these lines when the hold is granted. A request the product cannot take (dates,
 * capacity, an unpublished product) is refused here with a 422, before anything is stored.
 */
@Component
public class BookingQuotes {

    static final int MAX_NIGHTS = 90;

    private final BookableCatalogue catalogue;
    private final BookingProperties properties;
    private final Clock clock;

    public BookingQuotes(BookableCatalogue catalogue, BookingProperties properties, Clock clock) {
        this.catalogue = catalogue;
        this.properties = properties;
        this.clock = clock;
    }

    public CreateBookingQuoteCommand quote(String bookingId, String travelerId, QuoteRequest request) {
        int units = request.units() == null ? 1 : request.units();
        int guests = request.guests() == null ? units : request.guests();
        Quote quote = switch (request.productType()) {
            case STAY -> stay(request, units, guests);
            case HOTEL_PACKAGE -> hotelPackage(request, units, guests);
            case TOUR_PACKAGE -> tour(request, units, guests);
        };
        BookingProperties.Rates rates = properties.ratesFor(request.productType());
        String currency = quote.lines().getFirst().unitPrice().currency();
        PricingTerms terms = new PricingTerms(rates.taxRate(),
                new Money(rates.bookingFee() == null ? BigDecimal.ZERO : rates.bookingFee(), currency),
                rates.commissionRate());
        return new CreateBookingQuoteCommand(bookingId, travelerId, quote.providerId(), quote.product(), units,
                guests, quote.lines(), terms,
                properties.cancellationPolicyFor(request.productType(), quote.product().productId()),
                clock.instant());
    }

    private record Quote(String providerId, BookedProduct product, List<PriceLine> lines) {
    }

    private Quote stay(QuoteRequest request, int units, int guests) {
        RoomOffer room = catalogue.room(request.productId())
                .orElseThrow(() -> new UnprocessableException("no bookable room type " + request.productId()));
        requirePublished(room.status(), "the hotel " + room.listingName());
        if (request.checkIn() == null || request.checkOut() == null) {
            throw new UnprocessableException("a stay needs checkIn and checkOut");
        }
        long nights = ChronoUnit.DAYS.between(request.checkIn(), request.checkOut());
        if (nights < 1 || nights > MAX_NIGHTS) {
            throw new UnprocessableException("checkOut must be 1 to " + MAX_NIGHTS + " nights after checkIn");
        }
        requireNotPast(request.checkIn(), room.timeZone());
        requireCapacity(room.capacity(), units, guests);
        List<PriceLine> lines = new ArrayList<>();
        for (LocalDate night = request.checkIn(); night.isBefore(request.checkOut()); night = night.plusDays(1)) {
            lines.add(new PriceLine("night of " + night, night, units, room.basePrice(),
                    room.basePrice().times(units)));
        }
        BookedProduct product = new BookedProduct(ProductType.STAY, room.roomTypeId(), null, room.listingId(),
                room.listingName() + " — " + room.roomName(), room.city(), request.checkIn(), request.checkOut(),
                room.timeZone());
        return new Quote(room.providerId(), product, lines);
    }

    private Quote hotelPackage(QuoteRequest request, int units, int guests) {
        String[] ids = request.productId().split("#", 2);
        HotelPackageOffer offer = catalogue.hotelPackage(ids[0])
                .orElseThrow(() -> new UnprocessableException("no bookable hotel package " + ids[0]));
        requirePublished(offer.status(), "the package " + offer.title());
        String roomTypeId = ids.length == 2 ? ids[1] : offer.roomTypeIds().getFirst();
        if (!offer.roomTypeIds().contains(roomTypeId)) {
            throw new UnprocessableException("the package " + offer.title() + " has no room type " + roomTypeId);
        }
        RoomOffer room = catalogue.listingRoom(offer.listingId(), roomTypeId)
                .orElseThrow(() -> new UnprocessableException("no bookable room type " + roomTypeId));
        requirePublished(room.status(), "the hotel " + room.listingName());
        if (request.checkIn() == null) {
            throw new UnprocessableException("a hotel package needs checkIn");
        }
        requireNotPast(request.checkIn(), room.timeZone());
        requireCapacity(room.capacity(), units, guests);
        LocalDate checkOut = request.checkIn().plusDays(offer.nights());
        switch (offer.availabilityRule()) {
            case "WEEKEND_ONLY" -> {
                DayOfWeek day = request.checkIn().getDayOfWeek();
                if (day != DayOfWeek.FRIDAY && day != DayOfWeek.SATURDAY) {
                    throw new UnprocessableException("this weekend package starts on a Friday or Saturday, not a " + day);
                }
            }
            case "SEASONAL" -> {
                LocalDate lastNight = checkOut.minusDays(1);
                boolean inSeason = offer.seasons().stream().anyMatch(season -> !request.checkIn().isBefore(season.from())
                        && !lastNight.isAfter(season.to()));
                if (!inSeason) {
                    throw new UnprocessableException("this seasonal package's nights must lie inside one of its seasons");
                }
            }
            default -> {
                // FLEXIBLE: any night the room type is open
            }
        }
        List<PriceLine> lines = List.of(new PriceLine("package from " + request.checkIn() + ", per person",
                request.checkIn(), guests, offer.pricePerPerson(), offer.pricePerPerson().times(guests)));
        BookedProduct product = new BookedProduct(ProductType.HOTEL_PACKAGE, offer.packageId() + "#" + roomTypeId,
                null, offer.listingId(), offer.title() + " — " + room.listingName() + ", " + room.roomName(),
                room.city(), request.checkIn(), checkOut, room.timeZone());
        return new Quote(offer.providerId(), product, lines);
    }

    private Quote tour(QuoteRequest request, int seats, int guests) {
        if (request.departureId() == null || request.departureId().isBlank()) {
            throw new UnprocessableException("a tour package needs departureId");
        }
        if (guests != seats) {
            throw new UnprocessableException("a tour seats one guest per seat: guests must equal units");
        }
        TourOffer tour = catalogue.tourDeparture(request.productId(), request.departureId())
                .orElseThrow(() -> new UnprocessableException("no departure " + request.departureId()
                        + " of tour package " + request.productId()));
        requirePublished(tour.status(), "the tour " + tour.title());
        requireNotPast(tour.departureDate(), properties.defaultTimeZone());
        if (seats > tour.seats()) {
            throw new UnprocessableException("the departure has " + tour.seats() + " seats in all");
        }
        List<PriceLine> lines = List.of(new PriceLine("seat on " + tour.departureDate(), tour.departureDate(), seats,
                tour.pricePerSeat(), tour.pricePerSeat().times(seats)));
        BookedProduct product = new BookedProduct(ProductType.TOUR_PACKAGE, tour.packageId(), tour.departureId(),
                null, tour.title(), tour.city(), tour.departureDate(),
                tour.departureDate().plusDays(Math.max(0, tour.durationDays() - 1L)), properties.defaultTimeZone());
        return new Quote(tour.providerId(), product, lines);
    }

    private static void requirePublished(String status, String what) {
        if (!BookableCatalogue.PUBLISHED.equals(status)) {
            throw new UnprocessableException(what + " is not on sale (" + status + ")");
        }
    }

    private void requireNotPast(LocalDate date, String timeZone) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(timeZone)));
        if (date.isBefore(today)) {
            throw new UnprocessableException(date + " is in the past (today is " + today + " there)");
        }
    }

    private static void requireCapacity(int capacity, int units, int guests) {
        if ((long) capacity * units < guests) {
            throw new UnprocessableException(units + " room(s) sleeping " + capacity + " each cannot take " + guests
                    + " guests");
        }
    }
}
