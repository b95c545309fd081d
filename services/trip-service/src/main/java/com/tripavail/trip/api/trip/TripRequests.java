package com.tripavail.trip.api.trip;

import com.tripavail.contracts.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** Request bodies of the trips API. */
public final class TripRequests {

    private TripRequests() {
    }

    /**
     * Make a trip of a route a search offered.
     *
     * @param searchId   the search's id (results are kept 24 hours)
     * @param routeIndex the route's place in the result (0 = the first)
     * @param name       what to call the trip (default: "origin → destination")
     */
    public record CreateTripRequest(@NotBlank @Size(max = 100) String searchId,
                                    @NotNull @Min(0) @Max(100) Integer routeIndex,
                                    @Size(max = 120) String name) {
    }

    /** An amount of money: a decimal amount and an ISO-4217 currency code. */
    public record MoneyRequest(@NotNull @DecimalMin("0") @Digits(integer = 13, fraction = 4) BigDecimal amount,
                               @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO-4217 code such as INR")
                               String currency) {

        Money toMoney() {
            return new Money(amount, currency);
        }
    }

    /**
     * A leg booked elsewhere (a second mark replaces the first).
     *
     * @param platform         where it was booked (IRCTC, redBus, an airline, …)
     * @param bookingReference the PNR, ticket or booking number
     * @param cost             what was paid, for all passengers
     */
    public record LegBookingRequest(@NotBlank @Size(max = 60) String platform,
                                    @NotBlank @Size(max = 100) String bookingReference,
                                    @NotNull @Valid MoneyRequest cost) {
    }

    /**
     * "I booked it", after following the leg's booking link.
     *
     * @param clickId          the click it follows (default: the leg's latest)
     * @param bookingReference if given, the leg is also marked booked
     * @param cost             what was paid (default: the offered price for all passengers)
     */
    public record ConversionRequest(@Size(max = 60) String clickId,
                                    @Size(max = 100) String bookingReference,
                                    @Valid MoneyRequest cost) {
    }

    /** A booking the traveller made for a STAY leg with the booking API. */
    public record MarketplaceBookingRequest(@NotBlank @Size(max = 100) String bookingId) {
    }

    public record CancelTripRequest(@Size(max = 500) String reason) {
    }
}
