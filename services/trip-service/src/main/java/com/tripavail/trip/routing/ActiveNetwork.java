package com.tripavail.trip.routing;

import com.tripavail.trip.routing.network.RoutingSettings;
import com.tripavail.trip.routing.network.TransitNetwork;
import com.tripavail.trip.routing.raptor.RouteSearch;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The network searches run on. An import builds a whole new network and {@link #activate}s it in one step; a
 * search takes {@link #current()} once and uses that {@link Routing} throughout, so searches in flight finish on
 * the network they started with and never see half of a new one.
 */
public final class ActiveNetwork {

    /**
     * One network with its search engines. {@code version} names its content (the feeds and their versions), so
     * that two instances with the same feeds agree on it and cached results of an older network are not reused.
     */
    public record Routing(TransitNetwork network, RouteSearch search, JourneyPlanner planner, String version,
                          Instant activatedAt) {
    }

    private final RoutingSettings settings;
    private final BalancedWeights weights;
    private final AtomicReference<Routing> current = new AtomicReference<>();

    public ActiveNetwork(RoutingSettings settings, BalancedWeights weights) {
        this.settings = settings;
        this.weights = weights;
    }

    /** The network in service, or empty before the first import finished. */
    public Optional<Routing> current() {
        return Optional.ofNullable(current.get());
    }

    /**
     * Puts {@code network} in service and returns it with its search engines; {@code feedVersions} are the
     * versions of its feeds by name (feed_info's or a content hash), from which the network's version is made.
     */
    public Routing activate(TransitNetwork network, Map<String, String> feedVersions, Instant at) {
        RouteSearch search = new RouteSearch(network, settings);
        Routing routing = new Routing(network, search, new JourneyPlanner(search, weights), versionOf(feedVersions), at);
        current.set(Objects.requireNonNull(routing));
        return routing;
    }

    public RoutingSettings settings() {
        return settings;
    }

    static String versionOf(Map<String, String> feedVersions) {
        StringBuilder content = new StringBuilder();
        feedVersions.entrySet().stream().map(f -> f.getKey() + "@" + f.getValue()).sorted()
                .forEach(f -> content.append(f).append('\n'));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
