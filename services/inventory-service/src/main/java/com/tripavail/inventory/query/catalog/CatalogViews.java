package com.tripavail.inventory.query.catalog;

import com.tripavail.contracts.Money;
import com.tripavail.inventory.event.DateRange;
import com.tripavail.inventory.event.GeoPoint;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** What the catalogue's queries answer. */
public final class CatalogViews {

    private CatalogViews() {
    }

    /** A published listing that can host the stay: its cheapest fitting room type and the stay's total. */
    public record ListingSearchResult(String listingId, String name, String city, String countryCode, String timeZone,
                                      String roomTypeId, String roomTypeName, int capacity, int nights,
                                      int freeUnits, Money total) {
    }

    public record ListingDetailView(String listingId, String name, String description, String addressLine,
                                    String city, String countryCode, GeoPoint location, String timeZone,
                                    LocalTime checkInTime, LocalTime checkOutTime, List<String> amenities,
                                    String status, LocalDate from, LocalDate to, List<RoomTypeView> roomTypes) {
    }

    /** A room type with its nights in the asked window (only nights opened for sale appear). */
    public record RoomTypeView(String roomTypeId, String name, int capacity, String bedConfiguration,
                               Money basePrice, int units, List<NightView> calendar) {
    }

    public record NightView(LocalDate night, int units, int held, int sold, int free, Money price, boolean closed,
                            boolean available) {
    }

    public record HotelPackageView(String packageId, String listingId, String listingName, String city,
                                   List<String> roomTypeIds, String template, String title, String description,
                                   Money pricePerPerson, int nights, List<String> inclusions,
                                   String availabilityRule, List<DateRange> seasons, String status) {
    }

    public record TourPackageView(String packageId, String title, String description, String city,
                                  int durationDays, JsonNode itinerary, JsonNode pickups, int maxSeats, String status,
                                  List<DepartureView> departures) {
    }

    public record DepartureView(String departureId, LocalDate departureDate, int seats, int seatsLeft,
                                Money pricePerSeat) {
    }

    /** One of a provider's own products. {@code kind}: LISTING, HOTEL_PACKAGE or TOUR_PACKAGE. */
    public record ProviderProductView(String kind, String productId, String name, String city, String status,
                                      String pauseReason, Instant updatedAt) {
    }

    /** Amounts as stored (scale 4) shown with at least two decimals and no trailing zeros beyond. */
    static Money money(BigDecimal amount, String currency) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return new Money(stripped.setScale(Math.max(2, stripped.scale())), currency.strip());
    }
}
