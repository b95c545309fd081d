package com.tripavail.inventory.command.hold;

import com.tripavail.contracts.Money;
import com.tripavail.inventory.event.AvailabilityRule;
import com.tripavail.inventory.event.DateRange;
import java.util.List;

/**
 * What a hotel package hold must respect: {@code nights} nights from check-in, the package's
 * availability rule and seasons, its price per person, and whether the package is on sale.
 */
public record PackageTerms(String packageId, int nights, AvailabilityRule rule, List<DateRange> seasons,
                           Money pricePerPerson, boolean published) {

    public PackageTerms {
        seasons = seasons == null ? List.of() : List.copyOf(seasons);
    }
}
