package com.tripavail.trip.routing;

import com.tripavail.trip.routing.gtfs.FeedSource;
import com.tripavail.trip.routing.gtfs.ImportProgress;
import com.tripavail.trip.routing.network.NetworkImport;
import com.tripavail.trip.routing.network.NetworkImporter;
import com.tripavail.trip.routing.network.RoutingSettings;
import com.tripavail.trip.routing.network.TransitNetwork;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/** The hand-made GTFS directories under src/test/resources/gtfs, and copies of them to break. */
public final class TestFeeds {

    public static final ZoneId IST = ZoneId.of("Asia/Kolkata");

    private TestFeeds() {
    }

    public static Path directory(String name) {
        try {
            return Path.of(TestFeeds.class.getResource("/gtfs/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static FeedSource source(String name) {
        return FeedSource.of(name, directory(name));
    }

    public static TransitNetwork network(RoutingSettings settings, String... feeds) {
        List<FeedSource> sources = Arrays.stream(feeds).map(TestFeeds::source).toList();
        return networkOf(settings, sources);
    }

    public static TransitNetwork networkOf(RoutingSettings settings, List<FeedSource> sources) {
        NetworkImport result = new NetworkImporter(settings, ImportProgress.SILENT).importFeeds(sources);
        if (result instanceof NetworkImport.Imported imported) {
            return imported.network();
        }
        throw new AssertionError("test feeds must import: " + result);
    }

    public static Instant ist(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(IST).toInstant();
    }

    /** A writable copy of a test feed, to break or change one file. */
    public static Path copy(String name, Path target) {
        try (Stream<Path> files = Files.list(directory(name))) {
            Files.createDirectories(target);
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(file.getFileName()));
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
