package com.tripavail.trip.query.search;

import com.tripavail.trip.config.DiscountProperties;
import com.tripavail.trip.routing.gtfs.TransitMode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.Optional;

/** The concession a traveller of a profession gets on a leg, from {@link DiscountProperties}. */
public class ProfessionDiscounts {

    private final DiscountProperties properties;

    public ProfessionDiscounts(DiscountProperties properties) {
        this.properties = properties;
    }

    /** The percent off a leg of this operator and mode; empty when no rule applies. */
    public Optional<BigDecimal> percentFor(Profession profession, TransitMode mode, String operator) {
        if (profession == null || mode == null) {
            return Optional.empty();
        }
        return properties.rules().stream()
                .filter(r -> r.profession() == profession)
                .filter(r -> r.mode() == null || r.mode() == mode)
                .filter(r -> r.operator() == null || r.operator().equalsIgnoreCase(operator))
                .max(Comparator.comparingInt(ProfessionDiscounts::specificity)
                        .thenComparing(DiscountProperties.Rule::percent))
                .map(DiscountProperties.Rule::percent)
                .filter(p -> p.signum() > 0);
    }

    /** The price after {@code percent} off, in whole minor units (half a paisa rounds up, in the operator's favour). */
    public static long discounted(long priceMinor, BigDecimal percent) {
        BigDecimal off = BigDecimal.valueOf(priceMinor).multiply(percent).divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_DOWN);
        return priceMinor - off.longValueExact();
    }

    private static int specificity(DiscountProperties.Rule rule) {
        return (rule.operator() != null ? 2 : 0) + (rule.mode() != null ? 1 : 0);
    }
}
