package com.tripavail.trip.config;

import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which timetable feeds the service loads at start-up, and where uploaded feeds are kept.
 *
 * @param loadDemo            load the hand-made demo feeds shipped in the jar ({@code demo-feeds/}); the local stack
 *                            and the tests do, production does not
 * @param sources             further feeds: a name (it prefixes the feed's stop ids) and a server path to a GTFS
 *                            zip or directory
 * @param uploadDirectory     where feeds uploaded through the admin API are stored (they are read again at the
 *                            next start)
 * @param walkingRadiusMeters stops closer than this get a walking transfer, also between feeds
 */
@ConfigurationProperties("tripavail.trip.feeds")
public record FeedProperties(@DefaultValue("false") boolean loadDemo,
                             List<Source> sources,
                             Path uploadDirectory,
                             @DefaultValue("500") double walkingRadiusMeters) {

    /** The demo feeds on the class path, by feed name. */
    public static final List<String> DEMO_FEEDS = List.of("rail-demo", "bus-demo", "air-demo");

    public FeedProperties {
        sources = sources == null ? List.of() : List.copyOf(sources);
        uploadDirectory = uploadDirectory != null ? uploadDirectory
                : Path.of(System.getProperty("java.io.tmpdir"), "tripavail-feed-uploads");
    }

    public record Source(String name, String path) {
    }
}
