package com.tripavail.booking.api.booking;

import com.tripavail.booking.event.ProductType;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Request bodies of the bookings API. None of them carries a price: the server calculates it. */
public final class BookingRequests {

    private BookingRequests() {
    }

    /**
     * A quote for a product.
     *
     * @param productId   the room type (STAY), the hotel package, optionally {@code #<roomTypeId>} (HOTEL_PACKAGE),
     *                    or the tour package (TOUR_PACKAGE)
     * @param departureId the tour departure (TOUR_PACKAGE)
     * @param checkIn     first night (STAY, HOTEL_PACKAGE)
     * @param checkOut    the morning after the last night (STAY)
     * @param units       rooms, or seats of a tour (default 1)
     * @param guests      people travelling (default: units)
     */
    public record QuoteRequest(@NotNull ProductType productType,
                               @NotBlank @Size(max = 200) String productId,
                               @Size(max = 100) String departureId,
                               LocalDate checkIn,
                               LocalDate checkOut,
                               @Min(1) @Max(20) Integer units,
                               @Min(1) @Max(100) Integer guests) {
    }

    /**
     * @param cardNumber the card to charge (goes to the payment provider only; never stored)
     * @param provider   the payment provider (default: the configured one)
     */
    public record PaymentRequest(@NotBlank @Pattern(regexp = "[0-9 -]{12,23}", message = "must be 12 to 19 digits")
                                 String cardNumber,
                                 @Size(max = 40) String provider) {
    }

    public record CancelRequest(@Size(max = 500) String reason) {
    }
}
