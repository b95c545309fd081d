package com.tripavail.trip.integration.inventory;

import com.tripavail.contracts.ContractJson;
import com.tripavail.contracts.EventEnvelope;
import com.tripavail.contracts.Topics;
import com.tripavail.contracts.inventory.ListingChanged;
import com.tripavail.platform.kafka.IntegrationEventConsumer;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Keeps the stay catalogue from inventory's listing changes; inventory's other events mean nothing here. */
@Component
public class StayCatalogueFeed implements IntegrationEventConsumer {

    private static final Set<String> ACCEPTED = Set.of("inventory.ListingChanged");

    private final StayCatalogue catalogue;

    public StayCatalogueFeed(StayCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public String name() {
        return "stay-catalogue";
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
        if ("inventory.ListingChanged".equals(envelope.type())) {
            catalogue.listingChanged(ContractJson.payload(envelope, ListingChanged.class), envelope.sequence());
        }
    }
}
