package com.tripavail.inventory.command.catalog;

import com.tripavail.contracts.Money;
import com.tripavail.inventory.event.AvailabilityRule;
import com.tripavail.inventory.event.DateRange;
import com.tripavail.inventory.event.PackageTemplate;
import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sent only after the sender checked that the listing and its room types are the provider's own. */
public record CreateHotelPackageCommand(@TargetAggregateIdentifier String packageId, String providerId,
                                        String listingId, List<String> roomTypeIds, PackageTemplate template,
                                        String title, String description, Money pricePerPerson, int nights,
                                        List<String> inclusions, AvailabilityRule availabilityRule,
                                        List<DateRange> seasons, Instant at) {
}
