package com.tripavail.trip.config;

import com.tripavail.trip.query.search.Profession;
import com.tripavail.trip.routing.gtfs.TransitMode;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Concessions by the traveller's profession, per operator and mode. The most specific rule for a leg wins
 * (operator and mode, then operator, then mode, then a rule with neither); among equally specific ones, the
 * largest. The defaults are illustrative levels, not any operator's published tariff.
 */
@ConfigurationProperties("tripavail.trip.discounts")
public record DiscountProperties(List<Rule> rules) {

    public DiscountProperties {
        rules = rules == null ? defaults() : List.copyOf(rules);
    }

    /**
     * @param operator an agency name as the feed spells it (case-insensitive), or null for any
     * @param mode     null for any
     * @param percent  off the leg's price per passenger, 0–100
     */
    public record Rule(Profession profession, TransitMode mode, String operator, BigDecimal percent) {
        public Rule {
            if (profession == null || percent == null || percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new IllegalArgumentException("a discount rule needs a profession and a percent between 0 and 100");
            }
        }
    }

    static List<Rule> defaults() {
        return List.of(
                rule(Profession.STUDENT, TransitMode.RAIL, 10),
                rule(Profession.STUDENT, TransitMode.COACH, 10),
                rule(Profession.STUDENT, TransitMode.BUS, 10),
                rule(Profession.STUDENT, TransitMode.AIR, 6),
                rule(Profession.SENIOR_CITIZEN, TransitMode.RAIL, 40),
                rule(Profession.SENIOR_CITIZEN, TransitMode.COACH, 10),
                rule(Profession.SENIOR_CITIZEN, TransitMode.AIR, 6),
                rule(Profession.DEFENSE, TransitMode.RAIL, 10),
                rule(Profession.DEFENSE, TransitMode.AIR, 10),
                rule(Profession.MEDICAL, TransitMode.AIR, 5),
                rule(Profession.GOVERNMENT, TransitMode.RAIL, 5),
                rule(Profession.CORPORATE, TransitMode.AIR, 5));
    }

    private static Rule rule(Profession profession, TransitMode mode, int percent) {
        return new Rule(profession, mode, null, BigDecimal.valueOf(percent));
    }
}
