package com.tripavail.inventory.command.catalog;

import com.tripavail.contracts.Money;
import com.tripavail.inventory.event.AvailabilityRule;
import com.tripavail.inventory.event.DateRange;
import com.tripavail.inventory.event.ItineraryDay;
import com.tripavail.inventory.event.ListingDetails;
import com.tripavail.inventory.event.RoomTypeDetails;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The rules of a product's details, as named policies. Each returns what is wrong, or empty.
 * Senders check creations with them first (a creation cannot be refused by a typed result);
 * the aggregates check them again and refuse or, for a creation, fail.
 */
public final class CatalogRules {

    public static final int MAX_CAPACITY = 20;
    public static final int MAX_UNITS = 1000;
    public static final int MAX_PACKAGE_NIGHTS = 30;
    public static final int MAX_TOUR_DAYS = 60;
    public static final int MAX_SEATS = 500;

    private CatalogRules() {
    }

    public static Optional<String> listingDetails(ListingDetails details) {
        if (details == null || ProductLifecycle.isBlank(details.name()) || ProductLifecycle.isBlank(details.city())) {
            return Optional.of("a listing needs a name and a city");
        }
        if (details.timeZone() == null) {
            return Optional.of("a listing needs a time zone");
        }
        try {
            ZoneId.of(details.timeZone());
        } catch (DateTimeException e) {
            return Optional.of("unknown time zone " + details.timeZone());
        }
        return Optional.empty();
    }

    public static Optional<String> roomType(RoomTypeDetails details) {
        if (details == null || ProductLifecycle.isBlank(details.name())) {
            return Optional.of("a room type needs a name");
        }
        if (details.capacity() < 1 || details.capacity() > MAX_CAPACITY) {
            return Optional.of("capacity must be between 1 and " + MAX_CAPACITY);
        }
        if (details.units() < 1 || details.units() > MAX_UNITS) {
            return Optional.of("units must be between 1 and " + MAX_UNITS);
        }
        return positive(details.basePrice(), "base price");
    }

    public static Optional<String> hotelPackage(CreateHotelPackageCommand c) {
        if (ProductLifecycle.isBlank(c.title())) {
            return Optional.of("a hotel package needs a title");
        }
        if (c.template() == null || c.availabilityRule() == null) {
            return Optional.of("a hotel package needs a template and an availability rule");
        }
        if (c.roomTypeIds() == null || c.roomTypeIds().isEmpty()) {
            return Optional.of("a hotel package needs at least one room type");
        }
        if (c.nights() < 1 || c.nights() > MAX_PACKAGE_NIGHTS) {
            return Optional.of("nights must be between 1 and " + MAX_PACKAGE_NIGHTS);
        }
        Optional<String> price = positive(c.pricePerPerson(), "price per person");
        if (price.isPresent()) {
            return price;
        }
        return seasons(c.availabilityRule(), c.seasons() == null ? List.of() : c.seasons());
    }

    /** SEASONAL needs seasons (each from ≤ to, none overlapping); the other rules take none. */
    static Optional<String> seasons(AvailabilityRule rule, List<DateRange> seasons) {
        if (rule != AvailabilityRule.SEASONAL) {
            return seasons.isEmpty() ? Optional.empty() : Optional.of("only a SEASONAL package has seasons");
        }
        if (seasons.isEmpty()) {
            return Optional.of("a SEASONAL package needs at least one season");
        }
        List<DateRange> sorted = new ArrayList<>(seasons);
        for (DateRange season : sorted) {
            if (season == null || season.from() == null || season.to() == null || season.to().isBefore(season.from())) {
                return Optional.of("a season runs from a date to the same or a later date");
            }
        }
        sorted.sort(Comparator.comparing(DateRange::from));
        for (int i = 1; i < sorted.size(); i++) {
            if (!sorted.get(i).from().isAfter(sorted.get(i - 1).to())) {
                return Optional.of("seasons must not overlap");
            }
        }
        return Optional.empty();
    }

    public static Optional<String> tourPackage(CreateTourPackageCommand c) {
        if (ProductLifecycle.isBlank(c.title()) || ProductLifecycle.isBlank(c.city())) {
            return Optional.of("a tour package needs a title and a city");
        }
        if (c.durationDays() < 1 || c.durationDays() > MAX_TOUR_DAYS) {
            return Optional.of("durationDays must be between 1 and " + MAX_TOUR_DAYS);
        }
        if (c.maxSeats() < 1 || c.maxSeats() > MAX_SEATS) {
            return Optional.of("maxSeats must be between 1 and " + MAX_SEATS);
        }
        Set<Integer> days = new HashSet<>();
        for (ItineraryDay day : c.itinerary() == null ? List.<ItineraryDay>of() : c.itinerary()) {
            if (day == null || day.day() < 1 || day.day() > c.durationDays()) {
                return Optional.of("itinerary days must be between 1 and durationDays (" + c.durationDays() + ")");
            }
            if (!days.add(day.day())) {
                return Optional.of("itinerary day " + day.day() + " appears twice");
            }
        }
        if (c.pickups() == null || c.pickups().isEmpty()) {
            return Optional.of("a tour package needs at least one pickup point");
        }
        return Optional.empty();
    }

    static Optional<String> positive(Money money, String what) {
        if (money == null || money.amount().signum() <= 0) {
            return Optional.of(what + " must be a positive amount");
        }
        return Optional.empty();
    }
}
