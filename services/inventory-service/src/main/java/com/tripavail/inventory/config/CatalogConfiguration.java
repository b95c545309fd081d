package com.tripavail.inventory.config;

import com.tripavail.inventory.command.catalog.CatalogIds;
import java.util.UUID;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The catalogue's id generator and the snapshot trigger of listings. */
@Configuration(proxyBeanMethods = false)
public class CatalogConfiguration {

    @Bean
    CatalogIds catalogIds() {
        return () -> UUID.randomUUID().toString();
    }

    /** A listing with many room type edits loads from a snapshot plus the events after it. */
    @Bean
    SnapshotTriggerDefinition catalogListingSnapshotTrigger(Snapshotter snapshotter) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, 50);
    }
}
