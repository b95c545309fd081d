package com.tripavail.booking.event;

import com.tripavail.contracts.Money;
import java.math.BigDecimal;
import java.util.List;

/**
 * A server-calculated price. The traveller pays {@code total = subtotal + taxes + fees}; the
 * marketplace keeps {@code commission} (commission rate × subtotal, plus the fees) and the
 * provider earns the rest (taxes included: the provider remits them), so
 * {@code total = commission + providerEarnings} to the minor unit.
 */
public record PriceBreakdown(List<PriceLine> lines, Money subtotal, BigDecimal taxRate, Money taxes, Money fees,
                             Money total, BigDecimal commissionRate, Money commission, Money providerEarnings) {
}
