package com.tripavail.inventory.api.catalog;

import com.tripavail.contracts.Money;
import com.tripavail.inventory.event.AvailabilityRule;
import com.tripavail.inventory.event.DateRange;
import com.tripavail.inventory.event.GeoPoint;
import com.tripavail.inventory.event.ItineraryDay;
import com.tripavail.inventory.event.ListingDetails;
import com.tripavail.inventory.event.PackageTemplate;
import com.tripavail.inventory.event.PickupPoint;
import com.tripavail.inventory.event.RoomTypeDetails;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** Request bodies of the catalogue's commands, validated before anything is sent. */
public final class CatalogRequests {

    /** PostgreSQL text cannot hold NUL; one in a stored field would stop a projection. */
    static final String NO_NUL = "[^\\x00]*";
    static final String NO_NUL_MESSAGE = "must not contain NUL characters";

    private CatalogRequests() {
    }

    public record MoneyRequest(@NotNull @Positive @Digits(integer = 13, fraction = 4) BigDecimal amount,
                        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO-4217 code") String currency) {

        Money toMoney() {
            return new Money(amount, currency);
        }
    }

    public record GeoPointRequest(@NotNull @DecimalMin("-90") @DecimalMax("90") Double latitude,
                           @NotNull @DecimalMin("-180") @DecimalMax("180") Double longitude) {

        GeoPoint toGeoPoint() {
            return new GeoPoint(latitude, longitude);
        }
    }

    public record ListingRequest(@NotBlank @Size(max = 200) @Pattern(regexp = NO_NUL, message = NO_NUL_MESSAGE) String name,
                          @Size(max = 4000) @Pattern(regexp = NO_NUL, message = NO_NUL_MESSAGE) String description,
                          @Size(max = 300) @Pattern(regexp = NO_NUL, message = NO_NUL_MESSAGE) String addressLine,
                          @NotBlank @Size(max = 100) @Pattern(regexp = NO_NUL, message = NO_NUL_MESSAGE) String city,
                          @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 alpha-2 code") String countryCode,
                          @Valid GeoPointRequest location,
                          @NotBlank @Size(max = 64) @Pattern(regexp = NO_NUL, message = NO_NUL_MESSAGE) String timeZone,
                          LocalTime checkInTime, LocalTime checkOutTime,
                          @Size(max = 50) List<@NotBlank @Size(max = 100)
                                  @Pattern(regexp = NO_NUL, message = NO_NUL_MESSAGE) String> amenities) {

        ListingDetails toDetails() {
            return new ListingDetails(name.strip(), description, addressLine, city.strip(), countryCode,
                    location == null ? null : location.toGeoPoint(), timeZone.strip(), checkInTime, checkOutTime,
                    amenities == null ? List.of() : List.copyOf(amenities));
        }
    }

    public record RoomTypeRequest(@NotBlank @Size(max = 100) @Pattern(regexp = NO_NUL, message = NO_NUL_MESSAGE) String name,
                           @Min(1) @Max(20) int capacity,
                           @Size(max = 200) @Pattern(regexp = NO_NUL, message = NO_NUL_MESSAGE) String bedConfiguration,
                           @NotNull @Valid MoneyRequest basePrice,
                           @Min(1) @Max(1000) int units) {

        RoomTypeDetails toDetails() {
            return new RoomTypeDetails(name.strip(), capacity, bedConfiguration, basePrice.toMoney(), units);
        }
    }

    public record SeasonRequest(@NotNull LocalDate from, @NotNull LocalDate to) {

        DateRange toRange() {
            return new DateRange(from, to);
        }
    }

    public record HotelPackageRequest(@NotBlank @Size(max = 64) String listingId,
                               @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 64) String> roomTypeIds,
                               @NotNull PackageTemplate template,
                               @NotBlank @Size(max = 200) @Pattern(regexp = NO_NUL, message = NO_NUL_MESSAGE) String title,
                               @Size(max = 4000) @Pattern(regexp = NO_NUL, message = NO_NUL_MESSAGE) String description,
                               @NotNull @Valid MoneyRequest pricePerPerson,
                               @Min(1) @Max(30) int nights,
                               @Size(max = 30) List<@NotBlank @Size(max = 200)
                                       @Pattern(regexp = NO_NUL, message = NO_NUL_MESSAGE) String> inclusions,
                               @NotNull AvailabilityRule availabilityRule,
                               @Size(max = 20) List<@NotNull @Valid SeasonRequest> seasons) {
    }

    public record ItineraryDayRequest(@Min(1) @Max(60) int day,
                               @NotBlank @Size(max = 200) @Pattern(regexp = NO_NUL, message = NO_NUL_MESSAGE) String title,
                               @Size(max = 2000) @Pattern(regexp = NO_NUL, message = NO_NUL_MESSAGE) String description) {

        ItineraryDay toDay() {
            return new ItineraryDay(day, title, description);
        }
    }

    public record PickupRequest(@NotBlank @Size(max = 200) @Pattern(regexp = NO_NUL, message = NO_NUL_MESSAGE) String name,
                         @NotBlank @Size(max = 100) @Pattern(regexp = NO_NUL, message = NO_NUL_MESSAGE) String city,
                         @Valid GeoPointRequest location,
                         boolean dropOff) {

        PickupPoint toPoint() {
            return new PickupPoint(name, city, location == null ? null : location.toGeoPoint(), dropOff);
        }
    }

    public record TourPackageRequest(@NotBlank @Size(max = 200) @Pattern(regexp = NO_NUL, message = NO_NUL_MESSAGE) String title,
                              @Size(max = 4000) @Pattern(regexp = NO_NUL, message = NO_NUL_MESSAGE) String description,
                              @NotBlank @Size(max = 100) @Pattern(regexp = NO_NUL, message = NO_NUL_MESSAGE) String city,
                              @Min(1) @Max(60) int durationDays,
                              @Size(max = 60) List<@NotNull @Valid ItineraryDayRequest> itinerary,
                              @NotEmpty @Size(max = 20) List<@NotNull @Valid PickupRequest> pickups,
                              @Min(1) @Max(500) int maxSeats) {
    }

    public record DepartureRequest(@NotNull LocalDate departureDate,
                            @Min(1) @Max(500) int seats,
                            @NotNull @Valid MoneyRequest pricePerSeat) {
    }
}
