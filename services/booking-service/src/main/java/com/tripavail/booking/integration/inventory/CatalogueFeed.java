package com.tripavail.booking.integration.inventory;

import com.tripavail.booking.query.catalog.BookableCatalogue;
import com.tripavail.contracts.ContractJson;
import com.tripavail.contracts.EventEnvelope;
import com.tripavail.contracts.Topics;
import com.tripavail.contracts.inventory.HotelPackageChanged;
import com.tripavail.contracts.inventory.ListingChanged;
import com.tripavail.contracts.inventory.TourDepartureScheduled;
import com.tripavail.contracts.inventory.TourPackageChanged;
import com.tripavail.platform.kafka.IntegrationEventConsumer;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Keeps booking's copy of the catalogue from inventory's state-carrying product events. */
@Component
public class CatalogueFeed implements IntegrationEventConsumer {

    private static final Set<String> ACCEPTED = Set.of("inventory.ListingChanged", "inventory.HotelPackageChanged", "inventory.TourPackageChanged", "inventory.TourDepartureScheduled");

    private final BookableCatalogue catalogue;

    public CatalogueFeed(BookableCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public String name() {
        return "bookable-catalogue";
    }

    @Override
    public Collection<String> topics() {
        return List.of(Topics.INVENTORY_EVENTS);
    }

    @Override
    public boolean accepts(String type) {
        return ACCEPTED.contains(type);
    }

    @Override
    public void handle(EventEnvelope envelope) {
        switch (envelope.type()) {
            case "inventory.ListingChanged" ->
                    catalogue.listingChanged(ContractJson.payload(envelope, ListingChanged.class), envelope.sequence());
            case "inventory.HotelPackageChanged" -> catalogue.hotelPackageChanged(
                    ContractJson.payload(envelope, HotelPackageChanged.class), envelope.sequence());
            case "inventory.TourPackageChanged" -> catalogue.tourPackageChanged(
                    ContractJson.payload(envelope, TourPackageChanged.class), envelope.sequence());
            case "inventory.TourDepartureScheduled" ->
                    catalogue.departureScheduled(ContractJson.payload(envelope, TourDepartureScheduled.class));
            default -> {
                // hold answers are HoldAnswers' business
            }
        }
    }
}
