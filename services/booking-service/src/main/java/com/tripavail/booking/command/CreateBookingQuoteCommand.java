package com.tripavail.booking.command;

import com.tripavail.booking.event.BookedProduct;
import com.tripavail.booking.event.CancellationPolicy;
import com.tripavail.booking.event.PriceLine;
import java.time.Instant;
import java.util.List;

/**
 * Open a booking in QUOTE. The lines come from booking's catalogue read model (never from the
 * client); {@code terms} are the rates in force for the product type.
 */
public record CreateBookingQuoteCommand(String bookingId, String travelerId, String providerId, BookedProduct product,
                                        int units, int guests, List<PriceLine> lines, PricingTerms terms,
                                        CancellationPolicy cancellationPolicy, Instant at) {
}
