package com.tripavail.inventory.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the inventory service.
 *
 * @param seed development data (local stack only)
 */
@ConfigurationProperties("tripavail.inventory")
public record InventoryProperties(@DefaultValue Seed seed) {

    /**
     * @param enabled          seed the marketplace's development catalogue at start-up
     * @param waitForProviders how long to wait for onboarding's seeded providers to arrive (approved) over Kafka
     */
    public record Seed(@DefaultValue("false") boolean enabled, @DefaultValue("120s") Duration waitForProviders) {
    }
}
