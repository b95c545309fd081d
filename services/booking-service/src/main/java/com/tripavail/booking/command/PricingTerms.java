package com.tripavail.booking.command;

import com.tripavail.contracts.Money;
import java.math.BigDecimal;

/**
 * The rates a price is calculated with: taxes on the subtotal, a flat booking fee, and the
 * marketplace's commission rate on the subtotal. Kept in the booking so the held price is
 * calculated with the quote's terms.
 */
public record PricingTerms(BigDecimal taxRate, Money bookingFee, BigDecimal commissionRate) {
}
