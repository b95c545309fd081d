package com.tripavail.trip.query.feed;

import com.tripavail.trip.routing.gtfs.FeedSource;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * A feed to load: its name (the prefix of its stop ids) and where it is, a server path to a GTFS zip or directory
 * or {@code classpath:folder} (the demo feeds).
 */
public record FeedSpec(String name, String location) {

    public static final String CLASSPATH = "classpath:";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,40}");

    public FeedSpec {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a feed name is 1 to 40 letters, digits, '-' or '_' (it prefixes stop ids): '" + name + "'");
        }
        if (location == null || location.isBlank()) {
            throw new IllegalArgumentException("feed " + name + " needs a path");
        }
    }

    public FeedSource source() {
        if (location.startsWith(CLASSPATH)) {
            return new FeedSource.ClassPathFolder(name, location.substring(CLASSPATH.length()), FeedSpec.class.getClassLoader());
        }
        return FeedSource.of(name, Path.of(location));
    }

    /** Whether the files are there (a class path folder is trusted to be). */
    public boolean exists() {
        return location.startsWith(CLASSPATH) || java.nio.file.Files.exists(Path.of(location));
    }
}
