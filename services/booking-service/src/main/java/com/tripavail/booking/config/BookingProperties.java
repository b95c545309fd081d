package com.tripavail.booking.config;

import com.tripavail.booking.event.CancellationPolicy;
import com.tripavail.booking.event.ProductType;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the booking service.
 *
 * @param holdDuration         how long a granted hold waits for payment
 * @param maxWait              the longest a client may ask a request to wait for a booking to leave a transitional state
 * @param defaultTimeZone      the zone of tours (inventory publishes none for them)
 * @param pricing              rates per product type
 * @param cancellation         the cancellation policy per product type
 * @param productCancellation  policies of single products (by inventory product id), overriding their type's
 */
@ConfigurationProperties("tripavail.booking")
public record BookingProperties(@DefaultValue("15m") Duration holdDuration,
                                @DefaultValue("30s") Duration maxWait,
                                @DefaultValue("Asia/Kolkata") String defaultTimeZone,
                                Map<ProductType, Rates> pricing,
                                Map<ProductType, Policy> cancellation,
                                Map<String, Policy> productCancellation) {

    private static final Rates DEFAULT_RATES = new Rates(new BigDecimal("0.12"), BigDecimal.ZERO, new BigDecimal("0.15"));
    private static final Policy DEFAULT_POLICY = new Policy("MODERATE", 7, 50);

    public BookingProperties {
        pricing = pricing == null ? Map.of() : Map.copyOf(pricing);
        cancellation = cancellation == null ? Map.of() : Map.copyOf(cancellation);
        productCancellation = productCancellation == null ? Map.of() : Map.copyOf(productCancellation);
    }

    public Rates ratesFor(ProductType type) {
        return pricing.getOrDefault(type, DEFAULT_RATES);
    }

    /** The product's own policy if it has one, else its type's. */
    public CancellationPolicy cancellationPolicyFor(ProductType type, String productId) {
        Policy policy = productCancellation.getOrDefault(productId, cancellation.getOrDefault(type, DEFAULT_POLICY));
        return new CancellationPolicy(policy.name(), policy.fullRefundDaysBefore(), policy.latePercent());
    }

    /**
     * @param taxRate        taxes on the subtotal, e.g. 0.12
     * @param bookingFee     a flat fee per booking in the product's currency (the marketplace keeps it)
     * @param commissionRate the marketplace's share of the subtotal, e.g. 0.15
     */
    public record Rates(BigDecimal taxRate, @DefaultValue("0") BigDecimal bookingFee, BigDecimal commissionRate) {
    }

    /** See {@link CancellationPolicy}. */
    public record Policy(String name, int fullRefundDaysBefore, int latePercent) {
    }
}
